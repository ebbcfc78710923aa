-- A sent mail keeps its recipient, subject, type and times for good, but its text only for
-- cc.notification.sent-body-retention (SentMailBodies): then the body is cleared and its digest, written when the
-- mail was queued, stays as proof of what was sent. Rows queued before this change get their digest when cleared.
ALTER TABLE notification_outbox ADD COLUMN body_digest VARCHAR(128);
ALTER TABLE notification_outbox ADD COLUMN body_hash_alg VARCHAR(20);
ALTER TABLE notification_outbox ALTER COLUMN body DROP NOT NULL;
CREATE INDEX ix_notification_outbox_sent ON notification_outbox (sent_at);
