-- Kept in step with the PostgreSQL schema (one process serves a SQLite file, so nothing is leased here).

ALTER TABLE outbox ADD COLUMN leased_until TEXT;
CREATE INDEX inbound_event_pending_user ON inbound_event (channel, user_key, seq) WHERE processed_at IS NULL;
