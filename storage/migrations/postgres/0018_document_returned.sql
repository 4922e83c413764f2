-- A document an officer sent back (unreadable, or not the paper named) stays on its claim for the record and for
-- the retention purge, out of the claim's received documents: the claimant is asked for it again.

ALTER TABLE claim_document ADD COLUMN returned_at TEXT;
