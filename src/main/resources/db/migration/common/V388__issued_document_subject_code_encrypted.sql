-- A natural person's resident ID number on an issued document's row is stored encrypted (SM4-GCM by default,
-- org.creditcommitment.system.PersonalDataCipher); organisations' USCCs stay readable. The document itself is not
-- changed: it prints the code masked, and its bytes stay as issued and hashed. subject_code_idx is the keyed search
-- index (HMAC-SM3) a subject's documents are found by now. The rows stored before are encrypted and indexed by the
-- first start after this migration (Documents#protectPersonalData): the key is the application's configuration,
-- which a migration does not have.
ALTER TABLE issued_document ALTER COLUMN subject_code SET DATA TYPE VARCHAR(200);
ALTER TABLE issued_document ADD COLUMN subject_code_idx VARCHAR(120);
DROP INDEX ix_issued_document_subject;
CREATE INDEX issued_document_subject_idx ON issued_document (subject_code_idx, doc_type);
