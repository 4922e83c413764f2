-- Claims (JKK accident reports, JKM / JKK death claims by heirs), their documents, and the memo a
-- conversation keeps across flows (claims left unfinished).

ALTER TABLE conversation ADD COLUMN memo BLOB;

CREATE TABLE claim (
    id              INTEGER PRIMARY KEY,
    reference       TEXT UNIQUE,
    kind            TEXT NOT NULL CHECK (kind IN ('JKK', 'JKM')),
    benefit         TEXT NOT NULL,
    status          TEXT NOT NULL,
    status_reason   TEXT,
    channel         TEXT NOT NULL,
    user_key        TEXT NOT NULL,
    locale          TEXT NOT NULL,
    subject_hash    BLOB NOT NULL,          -- keyed digest of the worker's / deceased's NIK
    sealed          BLOB NOT NULL,          -- encrypted JSON: NIK and the answers
    event_date      TEXT NOT NULL,
    checklist       TEXT NOT NULL,          -- JSON list of required items
    optional        TEXT NOT NULL,          -- JSON list of optional items
    created_at      TEXT NOT NULL,
    submitted_at    TEXT,
    updated_at      TEXT NOT NULL
);
CREATE INDEX claim_account ON claim (channel, user_key, id);
CREATE INDEX claim_status ON claim (status, id);

CREATE TABLE claim_document (
    claim_id        INTEGER NOT NULL REFERENCES claim (id),
    digest          TEXT NOT NULL,          -- content address in the media store
    item            TEXT NOT NULL,
    mime_type       TEXT,
    size            INTEGER,
    received_at     TEXT NOT NULL,
    PRIMARY KEY (claim_id, digest)
) WITHOUT ROWID;
