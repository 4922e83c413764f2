-- The officers' web desk: single-use sign-in links and sessions (only keyed digests of their tokens),
-- search keys for proposals (keyed digests of name prefixes and of the NIK's last 4 digits, so a desk can
-- search without the names leaving their sealed blobs), each claim's deadline, counters of what users do
-- (status checks per area), and quotas that belong to a city.

CREATE TABLE desk_signin (
    token_hash      BYTEA PRIMARY KEY,
    officer_id      BIGINT NOT NULL REFERENCES officer (id),
    created_at      TEXT NOT NULL,
    expires_at      TEXT NOT NULL,
    used_at         TEXT
);

CREATE TABLE desk_session (
    id_hash         BYTEA PRIMARY KEY,
    officer_id      BIGINT NOT NULL REFERENCES officer (id),
    csrf            TEXT NOT NULL,
    locale          TEXT NOT NULL DEFAULT 'id',
    created_at      TEXT NOT NULL,
    seen_at         TEXT NOT NULL,
    ended_at        TEXT
);

ALTER TABLE nomination ADD COLUMN nik_tail_hash BYTEA;
ALTER TABLE nomination ADD COLUMN search_version INTEGER NOT NULL DEFAULT 0;
CREATE TABLE nomination_token (
    token           BYTEA NOT NULL,
    nomination_id   BIGINT NOT NULL REFERENCES nomination (id),
    PRIMARY KEY (token, nomination_id)
);
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
);

CREATE INDEX participant_cover_end ON participant (city, coverage_end);
CREATE INDEX participant_city_payer ON participant (city, funded_by, status, coverage_end);

ALTER TABLE quota ADD COLUMN city TEXT NOT NULL DEFAULT '';
UPDATE quota AS q SET city = coalesce(
    (SELECT o.city FROM officer AS o WHERE o.kecamatan = q.kecamatan ORDER BY o.id LIMIT 1), '');
ALTER TABLE quota DROP CONSTRAINT quota_pkey;
ALTER TABLE quota ADD PRIMARY KEY (city, kecamatan);
