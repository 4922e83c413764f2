-- Officers (RT heads, kelurahan and kecamatan officers, city admins), the chat accounts bound to them,
-- one-time binding codes, RT nominations, kecamatan quotas, city settings (the budget), and the phone
-- numbers chat accounts have proven (to tell a worker they were enrolled).

CREATE TABLE officer (
    id              INTEGER PRIMARY KEY,
    phone_hash      BLOB NOT NULL UNIQUE,   -- keyed digest of the normalised phone (62…)
    role            TEXT NOT NULL CHECK (role IN ('rt_head', 'kelurahan_officer', 'kecamatan_officer', 'city_admin')),
    sealed          BLOB NOT NULL,          -- encrypted JSON: full_name, phone
    city            TEXT NOT NULL,
    kecamatan       TEXT NOT NULL DEFAULT '',
    kelurahan       TEXT NOT NULL DEFAULT '',
    rw              TEXT NOT NULL DEFAULT '',
    rt              TEXT NOT NULL DEFAULT '',
    row_digest      BLOB NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE TABLE officer_account (
    channel         TEXT NOT NULL,
    user_key        TEXT NOT NULL,
    officer_id      INTEGER NOT NULL REFERENCES officer (id),
    how             TEXT NOT NULL,          -- phone | code
    bound_at        TEXT NOT NULL,
    PRIMARY KEY (channel, user_key)
) WITHOUT ROWID;
CREATE INDEX officer_account_officer ON officer_account (officer_id);

CREATE TABLE officer_code (
    code_hash       BLOB PRIMARY KEY,
    officer_id      INTEGER NOT NULL REFERENCES officer (id),
    expires_at      TEXT NOT NULL,
    used_at         TEXT
) WITHOUT ROWID;

CREATE TABLE nomination (
    id              INTEGER PRIMARY KEY,
    reference       TEXT UNIQUE,
    status          TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'selected', 'enrolled')),
    status_reason   TEXT,
    nik_hash        BLOB NOT NULL,
    phone_hash      BLOB NOT NULL,
    sealed          BLOB NOT NULL,          -- encrypted JSON: nik, full_name, phone, address, occupation_other
    birth_date      TEXT NOT NULL,
    gender          TEXT NOT NULL,
    occupation      TEXT NOT NULL,
    city            TEXT NOT NULL,
    kecamatan       TEXT NOT NULL,
    kelurahan       TEXT NOT NULL,
    rw              TEXT NOT NULL,
    rt              TEXT NOT NULL,
    proposer_id     INTEGER NOT NULL REFERENCES officer (id),
    channel         TEXT NOT NULL,          -- where the RT head proposed it: where they hear back
    user_key        TEXT NOT NULL,
    locale          TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
-- One open proposal per NIK, whoever proposed it; a rejected one may be proposed again.
CREATE UNIQUE INDEX nomination_one_open ON nomination (nik_hash) WHERE status <> 'rejected';
CREATE INDEX nomination_nik ON nomination (nik_hash, id);
CREATE INDEX nomination_area ON nomination (city, kecamatan, kelurahan, status, id);
CREATE INDEX nomination_proposer ON nomination (proposer_id, id);

CREATE TABLE quota (
    kecamatan       TEXT PRIMARY KEY,
    places          INTEGER NOT NULL CHECK (places >= 0),
    updated_at      TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE setting (
    name            TEXT PRIMARY KEY,
    value           TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE contact_point (
    phone_hash      BLOB NOT NULL,
    channel         TEXT NOT NULL,
    user_key        TEXT NOT NULL,
    proven_at       TEXT NOT NULL,
    PRIMARY KEY (phone_hash, channel, user_key)
) WITHOUT ROWID;
