-- A message the bot sends first is marked `sending` before its platform call. On WhatsApp the call carries
-- the outbox id (biz_opaque_callback_data), which Meta returns in the status webhooks: a worker killed
-- during the call learns from them that the message left; one still unconfirmed long after is sent again.

ALTER TABLE outbox ADD COLUMN sending_since TEXT;
