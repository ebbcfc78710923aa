-- A natural person's resident ID number on a data provider's correction (the record's code and the right code) is
-- stored encrypted (SM4-GCM by default, org.creditcommitment.system.PersonalDataCipher), and so is the record before
-- and after (they carry the code); organisations' USCCs stay readable. The *_idx columns are the keyed search indexes
-- (HMAC-SM3) a subject's corrections are found by now. The rows stored before are encrypted and indexed by the first
-- start after this migration (Corrections#protectPersonalData): the key is the application's configuration, which a
-- migration does not have.
ALTER TABLE record_correction ALTER COLUMN subject_code SET DATA TYPE VARCHAR(200);
ALTER TABLE record_correction ALTER COLUMN corrected_subject_code SET DATA TYPE VARCHAR(200);
ALTER TABLE record_correction ALTER COLUMN record_before SET DATA TYPE VARCHAR(20000);
ALTER TABLE record_correction ALTER COLUMN record_after SET DATA TYPE VARCHAR(20000);
ALTER TABLE record_correction ADD COLUMN subject_code_idx VARCHAR(120);
ALTER TABLE record_correction ADD COLUMN corrected_subject_code_idx VARCHAR(120);
DROP INDEX record_correction_subject;
CREATE INDEX record_correction_subject_idx ON record_correction (subject_code_idx);
CREATE INDEX record_correction_corrected_subject_idx ON record_correction (corrected_subject_code_idx);
