-- Delivery: a user's messages leave in order even after a retry, messages outside WhatsApp's 24-hour
-- window wait ('parked') for the user's next message, and platform status callbacks are kept.

ALTER TABLE outbox ADD COLUMN delivery_status TEXT;
ALTER TABLE outbox ADD COLUMN delivery_error TEXT;
CREATE INDEX outbox_user_waiting ON outbox (channel, user_key, id) WHERE status IN ('pending', 'parked');
CREATE INDEX outbox_platform_msg ON outbox (channel, platform_msg_id) WHERE platform_msg_id IS NOT NULL;
