-- A mail's address and every outbox row's text are stored encrypted (SM4-GCM by default,
-- org.creditcommitment.system.PersonalDataCipher: enc1:<cipher>:<key id>:<base64 of nonce, text and tag>), which is
-- longer than the value: room for a 254-character address and a 20,000-character text of three-byte characters.
-- Rows stored before are encrypted at start (OutboxPersonalData), which also replaces the address in a mail's dedup
-- key by its keyed index; until then they are read as they are.
ALTER TABLE notification_outbox ALTER COLUMN recipient SET DATA TYPE VARCHAR(2000);
ALTER TABLE notification_outbox ALTER COLUMN body SET DATA TYPE VARCHAR(100000);
