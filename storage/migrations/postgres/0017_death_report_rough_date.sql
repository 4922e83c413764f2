-- An RT head's "meninggal 2 minggu lalu" is a day counted back, not the day: kept as an estimate, which the family's
-- claim started from the report inherits ("sekitar …", and estimated in the branch export).

ALTER TABLE death_report ADD COLUMN died_on_rough INTEGER NOT NULL DEFAULT 0;
