-- Proof of identity that a NIK does not carry: failed proofs counted per NIK and per account (keyed
-- digests, never the values), one-time codes sent to the roster phone (only a keyed digest of each code),
-- and the area of each claim (from the roster when it knows the worker), which walls the desk.

CREATE TABLE proof_failure (
    subject         BLOB NOT NULL,           -- keyed digest of "nik:…" or "account:channel:user"
    at              TEXT NOT NULL
);
CREATE INDEX proof_failure_subject ON proof_failure (subject, at);

CREATE TABLE proof_code (
    nik_hash        BLOB NOT NULL,
    code_hash       BLOB NOT NULL,           -- keyed digest of the NIK and the code together
    expires_at      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    used_at         TEXT,
    PRIMARY KEY (nik_hash, code_hash)
);
CREATE INDEX proof_code_sent ON proof_code (nik_hash, created_at);

ALTER TABLE claim ADD COLUMN city TEXT NOT NULL DEFAULT '';
ALTER TABLE claim ADD COLUMN kecamatan TEXT NOT NULL DEFAULT '';
ALTER TABLE claim ADD COLUMN kelurahan TEXT NOT NULL DEFAULT '';
CREATE INDEX claim_area ON claim (city, kecamatan, status, id);
