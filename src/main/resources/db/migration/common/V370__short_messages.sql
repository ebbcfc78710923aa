-- Short messages (SMS) go through the same outbox as e-mail: a row per channel and recipient, queued in the step's
-- transaction. Every earlier row is an e-mail. For a short message, recipient holds the masked mobile number (what
-- officials see in the listing) and recipient_cipher the number itself, encrypted (SM4-GCM by default,
-- org.creditcommitment.system.PersonalDataCipher), which only the sender decrypts.
ALTER TABLE notification_outbox ADD COLUMN channel VARCHAR(10) DEFAULT 'EMAIL' NOT NULL;
ALTER TABLE notification_outbox ADD COLUMN recipient_cipher VARCHAR(2000);
CREATE INDEX ix_notification_outbox_channel_due ON notification_outbox (channel, status, next_attempt_at);

-- The applicant's mobile number, optional, given with the application; encrypted like the outbox's.
ALTER TABLE commitment_case ADD COLUMN applicant_mobile VARCHAR(2000);

-- Officials' mobile numbers for short messages about their new and overdue tasks, kept by administrators
-- (PUT /api/official-contacts/{userId}); keyed by the Camunda user id, the number encrypted.
CREATE TABLE official_contact (
  user_id    VARCHAR(64)   PRIMARY KEY,
  mobile     VARCHAR(2000) NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_by VARCHAR(64)   NOT NULL
);
