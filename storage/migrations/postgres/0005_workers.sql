-- Several workers on one database: an outbox row is leased to the worker sending it, so another worker
-- leaves it alone until the lease runs out (a worker killed mid-send: its messages go out again).

ALTER TABLE outbox ADD COLUMN leased_until TEXT;
CREATE INDEX inbound_event_pending_user ON inbound_event (channel, user_key, seq) WHERE processed_at IS NULL;
