-- A natural person's resident ID number on the key-supervision list, the negative-behaviour reminders and the risk
-- warnings is stored encrypted (SM4-GCM by default, org.creditcommitment.system.PersonalDataCipher); organisations'
-- USCCs stay readable. subject_code_idx is the keyed search index (HMAC-SM3) every lookup by subject uses now. A risk
-- warning's fingerprint becomes keyed too (it was a plain SHA-256 over the code, which gives an ID number back to
-- whoever tries them all). The rows stored before are encrypted, indexed and re-fingerprinted by the first start after
-- this migration (KeySupervisionList, NegativeReminders, RiskWarnings #protectPersonalData): the keys are the
-- application's configuration, which a migration does not have.
ALTER TABLE key_supervision ALTER COLUMN subject_code SET DATA TYPE VARCHAR(200);
ALTER TABLE key_supervision ADD COLUMN subject_code_idx VARCHAR(120);
DROP INDEX key_supervision_subject;
CREATE INDEX key_supervision_subject_idx ON key_supervision (subject_code_idx, listed_until);
ALTER TABLE negative_reminder ALTER COLUMN subject_code SET DATA TYPE VARCHAR(200);
ALTER TABLE negative_reminder ADD COLUMN subject_code_idx VARCHAR(120);
DROP INDEX negative_reminder_subject;
CREATE INDEX negative_reminder_subject_idx ON negative_reminder (subject_code_idx);
ALTER TABLE risk_warning ALTER COLUMN subject_code SET DATA TYPE VARCHAR(200);
ALTER TABLE risk_warning ALTER COLUMN fingerprint SET DATA TYPE VARCHAR(120);
