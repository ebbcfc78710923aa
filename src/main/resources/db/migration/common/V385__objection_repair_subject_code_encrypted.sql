-- A natural person's resident ID number on objections and repairs is stored encrypted (SM4-GCM by default,
-- org.creditcommitment.system.PersonalDataCipher), and so is the text of a signed repair commitment (it names the
-- subject by code); organisations' USCCs stay readable. subject_code_idx is the keyed search index (HMAC-SM3) every
-- lookup of a subject's objections and repairs uses now, for organisations' codes too. The rows stored before are
-- encrypted and indexed by the first start after this migration (Objections, Repairs, PendingObjectionMarks
-- #protectPersonalData): the key is the application's configuration, which a migration does not have.
ALTER TABLE credit_objection ALTER COLUMN subject_code SET DATA TYPE VARCHAR(200);
ALTER TABLE credit_objection ADD COLUMN subject_code_idx VARCHAR(120);
DROP INDEX credit_objection_subject;
CREATE INDEX credit_objection_subject_idx ON credit_objection (subject_code_idx);
ALTER TABLE objection_mark_pending ALTER COLUMN subject_code SET DATA TYPE VARCHAR(200);
ALTER TABLE credit_repair ALTER COLUMN subject_code SET DATA TYPE VARCHAR(200);
ALTER TABLE credit_repair ADD COLUMN subject_code_idx VARCHAR(120);
DROP INDEX credit_repair_subject;
CREATE INDEX credit_repair_subject_idx ON credit_repair (subject_code_idx);
ALTER TABLE credit_repair_commitment ALTER COLUMN subject_code SET DATA TYPE VARCHAR(200);
ALTER TABLE credit_repair_commitment ALTER COLUMN commitment_text SET DATA TYPE VARCHAR(100000);
