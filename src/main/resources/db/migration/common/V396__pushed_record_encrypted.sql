-- A pushed credit record's subject code (a resident ID number for a natural person) and payload are stored encrypted
-- (SM4-GCM by default, org.creditcommitment.system.PersonalDataCipher); the columns widen for the ciphertext. Rows
-- stored before are encrypted at start (PushedRecords#protectPersonalData); until then they are read as they are.
ALTER TABLE credit_pushed_record ALTER COLUMN subject_code SET DATA TYPE VARCHAR(200);
ALTER TABLE credit_pushed_record ALTER COLUMN payload SET DATA TYPE VARCHAR(100000);
