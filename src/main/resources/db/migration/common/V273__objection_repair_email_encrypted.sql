-- The subject's e-mail address on objections and repairs is stored encrypted (SM4-GCM by default,
-- org.creditcommitment.system.PersonalDataCipher); the columns widen for the ciphertext. The rows stored before are
-- encrypted by the first start after this migration (Objections/Repairs#protectPersonalData): the key is the
-- application's configuration, which a migration does not have.
ALTER TABLE credit_objection ALTER COLUMN subject_email SET DATA TYPE VARCHAR(2000);
ALTER TABLE credit_repair ALTER COLUMN subject_email SET DATA TYPE VARCHAR(2000);
