-- The officers' web desk: single-use sign-in links and sessions (only keyed digests of their tokens),
-- search keys for proposals (keyed digests of name prefixes and of the NIK's last 4 digits, so a desk can
-- search without the names leaving their sealed blobs), each claim's deadline, counters of what users do
-- (status checks per area), and quotas that belong to a city.

CREATE TABLE desk_signin (
    token_hash      BLOB PRIMARY KEY,
    officer_id      INTEGER NOT NULL REFERENCES officer (id),
    created_at      TEXT NOT NULL,
    expires_at      TEXT NOT NULL,
    used_at         TEXT
) WITHOUT ROWID;

CREATE TABLE desk_session (
    id_hash         BLOB PRIMARY KEY,
    officer_id      INTEGER NOT NULL REFERENCES officer (id),
    csrf            TEXT NOT NULL,
    locale          TEXT NOT NULL DEFAULT 'id',
    created_at      TEXT NOT NULL,
    seen_at         TEXT NOT NULL,
    ended_at        TEXT
) WITHOUT ROWID;

ALTER TABLE nomination ADD COLUMN nik_tail_hash BLOB;
ALTER TABLE nomination ADD COLUMN search_version INTEGER NOT NULL DEFAULT 0;
CREATE TABLE nomination_token (
    token           BLOB NOT NULL,
    nomination_id   INTEGER NOT NULL REFERENCES nomination (id),
    PRIMARY KEY (token, nomination_id)
) WITHOUT ROWID;
CREATE INDEX nomination_tail ON nomination (nik_tail_hash);
CREATE INDEX nomination_unindexed ON nomination (id) WHERE search_version = 0;
CREATE INDEX nomination_area_age ON nomination (city, kecamatan, kelurahan, birth_date);
CREATE INDEX nomination_city_status ON nomination (city, status, id);
CREATE INDEX nomination_city_age ON nomination (city, status, birth_date);

ALTER TABLE claim ADD COLUMN complete_at TEXT;
ALTER TABLE claim ADD COLUMN due_at TEXT;
CREATE INDEX claim_due ON claim (city, due_at) WHERE due_at IS NOT NULL;

CREATE TABLE activity (
    day             TEXT NOT NULL,
    kind            TEXT NOT NULL,
    city            TEXT NOT NULL,
    kecamatan       TEXT NOT NULL,
    kelurahan       TEXT NOT NULL,
    count           INTEGER NOT NULL,
    PRIMARY KEY (day, kind, city, kecamatan, kelurahan)
) WITHOUT ROWID;

CREATE INDEX participant_cover_end ON participant (city, coverage_end);
CREATE INDEX participant_city_payer ON participant (city, funded_by, status, coverage_end);

CREATE TABLE quota_by_city (
    city            TEXT NOT NULL,
    kecamatan       TEXT NOT NULL,
    places          INTEGER NOT NULL CHECK (places >= 0),
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (city, kecamatan)
) WITHOUT ROWID;
INSERT INTO quota_by_city (city, kecamatan, places, updated_at)
    SELECT coalesce((SELECT o.city FROM officer AS o WHERE o.kecamatan = q.kecamatan ORDER BY o.id LIMIT 1), ''),
           q.kecamatan, q.places, q.updated_at FROM quota AS q;
DROP TABLE quota;
ALTER TABLE quota_by_city RENAME TO quota;
