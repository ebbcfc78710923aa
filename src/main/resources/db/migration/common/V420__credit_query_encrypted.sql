-- The credit check's evidence stores a natural person's resident ID number encrypted (SM4-GCM by default,
-- org.creditcommitment.system.PersonalDataCipher: enc1:<cipher>:<key id>:<base64 of nonce, text and tag>) and every
-- answer's snapshot encrypted (it names the subject and holds the registry's e-mail address); organisations' USCCs stay
-- readable. The encrypted forms are longer: room for the code and for a 65,535-character snapshot of three-byte
-- characters. Rows kept before are encrypted by the first start after this migration (CreditQueries
-- #protectPersonalData): the key is the application's configuration, which a migration does not have.
ALTER TABLE credit_query ALTER COLUMN subject_code SET DATA TYPE VARCHAR(200);
ALTER TABLE credit_query ALTER COLUMN snapshot SET DATA TYPE VARCHAR(270000);
