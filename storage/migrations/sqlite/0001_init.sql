-- Conversations, the inbound log, the outbox, timers, the roster and the audit log.
-- Personal values (NIK, name, KPJ, phone, address, drafts, message payloads) are stored encrypted;
-- NIK and phone also as keyed hashes for look-up.

CREATE TABLE conversation (
    channel         TEXT NOT NULL,
    user_key        TEXT NOT NULL,
    state           TEXT NOT NULL,
    version         INTEGER NOT NULL,
    draft           BLOB,
    history         TEXT NOT NULL DEFAULT '[]',
    locale          TEXT,
    notice          TEXT,
    failed_checks   TEXT NOT NULL DEFAULT '[]',
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (channel, user_key)
) WITHOUT ROWID;

CREATE TABLE inbound_event (
    seq             INTEGER PRIMARY KEY,
    channel         TEXT NOT NULL,
    event_id        TEXT NOT NULL,
    user_key        TEXT NOT NULL,
    payload         BLOB,
    platform_seq    INTEGER,
    received_at     TEXT NOT NULL,
    processed_at    TEXT,
    UNIQUE (channel, event_id)
);
CREATE INDEX inbound_event_pending ON inbound_event (seq) WHERE processed_at IS NULL;

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    channel         TEXT NOT NULL,
    user_key        TEXT NOT NULL,
    payload         BLOB NOT NULL,
    status          TEXT NOT NULL DEFAULT 'pending',
    attempts        INTEGER NOT NULL DEFAULT 0,
    not_before      TEXT NOT NULL,
    last_error      TEXT,
    platform_msg_id TEXT,
    caused_by       TEXT,
    created_at      TEXT NOT NULL,
    sent_at         TEXT
);
CREATE INDEX outbox_pending ON outbox (channel, not_before) WHERE status = 'pending';

CREATE TABLE timer (
    channel         TEXT NOT NULL,
    user_key        TEXT NOT NULL,
    kind            TEXT NOT NULL,
    fire_at         TEXT NOT NULL,
    state_version   INTEGER NOT NULL,
    PRIMARY KEY (channel, user_key, kind)
) WITHOUT ROWID;
CREATE INDEX timer_due ON timer (fire_at);

CREATE TABLE participant (
    id              INTEGER PRIMARY KEY,
    nik_hash        BLOB NOT NULL UNIQUE,   -- keyed digest (Protector.digest)
    sealed          BLOB NOT NULL,          -- encrypted JSON: nik, kpj, full_name, phone, address
    birth_date      TEXT NOT NULL,
    gender          TEXT,
    status          TEXT NOT NULL CHECK (status IN ('aktif', 'nonaktif')),
    programs        TEXT NOT NULL,
    funded_by       TEXT NOT NULL,
    coverage_start  TEXT NOT NULL,
    coverage_end    TEXT NOT NULL,
    paid_until      TEXT,
    phone_hash      BLOB,
    occupation      TEXT,
    rt              TEXT,
    rw              TEXT,
    kelurahan       TEXT,
    kecamatan       TEXT,
    city            TEXT,
    row_digest      BLOB NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX participant_phone ON participant (phone_hash) WHERE phone_hash IS NOT NULL;

CREATE TABLE audit_log (
    id              INTEGER PRIMARY KEY,
    at              TEXT NOT NULL,
    actor           TEXT NOT NULL,
    action          TEXT NOT NULL,
    subject         TEXT NOT NULL,
    data            TEXT NOT NULL DEFAULT '{}'
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
