-- A claim's page at the desk lists the other claims about the same person (two heirs claiming one death): found by
-- the NIK's keyed digest, which no index held.

CREATE INDEX claim_subject ON claim (subject_hash);
