-- What an officer needs to answer a ticket: the recent conversation before it (what the user wrote, sealed,
-- NIKs masked, kept a few days: `said`, emptied by the daily purge) and the files the user sent to it.

ALTER TABLE inbound_event ADD COLUMN said BYTEA;
CREATE INDEX inbound_event_said ON inbound_event (channel, user_key, seq) WHERE said IS NOT NULL;
ALTER TABLE ticket_message ADD COLUMN kind TEXT NOT NULL DEFAULT 'message';
ALTER TABLE ticket_message ADD COLUMN media_digest TEXT;
-- The bot's side of that conversation, and an account's rows found without a scan when it is erased.
CREATE INDEX outbox_user ON outbox (channel, user_key, id);
-- An officer's replies in the last minute, counted before each one (they are rate-limited).
CREATE INDEX ticket_message_author ON ticket_message (author, created_at);
