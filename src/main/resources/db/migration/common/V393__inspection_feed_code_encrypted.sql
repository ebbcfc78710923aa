-- A natural person's resident ID number in the inspection results fed to the embedded random-inspection system is
-- stored encrypted (SM4-GCM, PersonalDataCipher); the column widens for the ciphertext. Rows fed before are encrypted
-- by the first start after this migration (RegistryPersonalData#protectPersonalData): a migration has no key.
ALTER TABLE credit_inspection_feed ALTER COLUMN subject_code SET DATA TYPE VARCHAR(200);
