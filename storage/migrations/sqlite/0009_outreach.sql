-- Reaching out first: who asked not to be contacted, every reminder and broadcast message planned (each
-- once: a dedup key per subject and period, and one reminder of a kind per person and day), broadcasts,
-- RT heads' death reports (the family's one-tap claim link is a keyed digest), and the outbox rows that
-- carry outreach (they wait for their time without holding up the user's replies).

CREATE TABLE opt_out (
    channel         TEXT NOT NULL,
    user_key        TEXT NOT NULL,
    opted_out_at    TEXT NOT NULL,
    PRIMARY KEY (channel, user_key)
) WITHOUT ROWID;

CREATE TABLE broadcast (
    id              INTEGER PRIMARY KEY,
    created_by      TEXT NOT NULL,
    city            TEXT NOT NULL,
    kecamatan       TEXT NOT NULL DEFAULT '',
    kelurahan       TEXT NOT NULL DEFAULT '',
    sealed          BLOB NOT NULL,          -- encrypted text
    template        TEXT,
    send_at         TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('scheduled', 'sending', 'done', 'cancelled')),
    recipients      INTEGER NOT NULL DEFAULT 0,
    planned_until   INTEGER NOT NULL DEFAULT 0,  -- the last participant id planned: a restart resumes there
    created_at      TEXT NOT NULL,
    finished_at     TEXT
);
CREATE INDEX broadcast_due ON broadcast (status, send_at);

CREATE TABLE outreach (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL,
    dedup_key       TEXT NOT NULL UNIQUE,
    channel         TEXT NOT NULL,
    user_key        TEXT NOT NULL,
    day             TEXT NOT NULL,          -- the recipient's local date when planned
    broadcast_id    INTEGER REFERENCES broadcast (id),
    status          TEXT NOT NULL,          -- queued | skipped
    reason          TEXT,
    created_at      TEXT NOT NULL
);
-- A worker never gets the same kind of reminder twice in a day (broadcasts are counted apart).
CREATE UNIQUE INDEX outreach_once_a_day ON outreach (kind, channel, user_key, day) WHERE broadcast_id IS NULL;
CREATE INDEX outreach_broadcast ON outreach (broadcast_id) WHERE broadcast_id IS NOT NULL;

CREATE TABLE death_report (
    id              INTEGER PRIMARY KEY,
    token_hash      BLOB NOT NULL UNIQUE,
    officer_id      INTEGER NOT NULL REFERENCES officer (id),
    nik_hash        BLOB NOT NULL,
    sealed          BLOB NOT NULL,          -- encrypted JSON: nik, family phone
    died_on         TEXT NOT NULL,
    city            TEXT NOT NULL,
    kecamatan       TEXT NOT NULL,
    kelurahan       TEXT NOT NULL,
    covered         INTEGER NOT NULL,
    family_told     INTEGER NOT NULL DEFAULT 0,
    claim_reference TEXT,
    claim_started_at TEXT,
    reminded_at     TEXT,
    created_at      TEXT NOT NULL
);
CREATE INDEX death_report_waiting ON death_report (created_at) WHERE claim_reference IS NULL;
CREATE INDEX death_report_area ON death_report (city, kecamatan, kelurahan);

ALTER TABLE outbox ADD COLUMN outreach_id INTEGER;
CREATE INDEX outbox_outreach ON outbox (outreach_id) WHERE outreach_id IS NOT NULL;
CREATE INDEX participant_coverage_end ON participant (coverage_end) WHERE status = 'aktif';
