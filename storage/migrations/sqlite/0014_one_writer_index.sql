-- The pending events of one user are looked up by PostgreSQL's workers, which lock users one by one; a SQLite
-- file has one writer, which takes pending events in order by the (seq) index. This index only cost every event
-- a page more to write.

DROP INDEX IF EXISTS inbound_event_pending_user;
