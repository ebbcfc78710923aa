-- Personal data of natural persons in voluntary commitments is stored encrypted (SM4-GCM by default,
-- org.creditcommitment.system.PersonalDataCipher): resident ID numbers (subject_code, members' subject_code), the
-- e-mail address and the commitment text (it names the subject and the members by name and code). The columns widen for the ciphertext, which names its cipher and key id. subject_code_idx is the
-- keyed search index (HMAC-SM3) every lookup by subject code uses now, for organisations' codes too. The rows stored
-- before are encrypted and indexed by the first start after this migration (VoluntaryRows#protectPersonalData): the
-- key is the application's configuration, which a migration does not have.
ALTER TABLE voluntary_commitment ALTER COLUMN subject_code SET DATA TYPE VARCHAR(200);
ALTER TABLE voluntary_commitment ALTER COLUMN email SET DATA TYPE VARCHAR(2000);
ALTER TABLE voluntary_commitment ALTER COLUMN commitment_text SET DATA TYPE VARCHAR(100000);
ALTER TABLE voluntary_commitment ADD COLUMN subject_code_idx VARCHAR(120);
ALTER TABLE voluntary_commitment_member ALTER COLUMN subject_code SET DATA TYPE VARCHAR(200);
ALTER TABLE voluntary_commitment_member ADD COLUMN subject_code_idx VARCHAR(120);
DROP INDEX voluntary_commitment_subject;
DROP INDEX voluntary_commitment_member_subject;
CREATE INDEX voluntary_commitment_subject_idx ON voluntary_commitment (subject_code_idx);
CREATE INDEX voluntary_commitment_member_subject_idx ON voluntary_commitment_member (subject_code_idx);
