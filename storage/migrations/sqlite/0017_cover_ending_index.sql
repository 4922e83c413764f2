-- The desk's dashboard counts, per kecamatan or kelurahan, the active participants whose cover ends within 30 days.
-- With (city, coverage_end) SQLite found them in the index and then read each one's row for its status and area:
-- ~50 ms for a city of 100,000 whose cover mostly ends on the same day. With the status and the area in the index
-- it reads the index alone (~18 ms). The roster import writes one index entry a row either way.

DROP INDEX IF EXISTS participant_cover_end;
CREATE INDEX participant_cover_end ON participant (city, status, coverage_end, kecamatan, kelurahan);
