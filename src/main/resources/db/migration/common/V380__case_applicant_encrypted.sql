-- The applicant's personal data on a case is stored encrypted (SM4-GCM by default,
-- org.creditcommitment.system.PersonalDataCipher): a code that may be a resident ID number (its first 17 characters
-- hold no letter) and every e-mail address. The columns widen for the ciphertext, which names its cipher and key id.
-- applicant_code_idx is the keyed search index (HMAC-SM3) every lookup by applicant code uses now, for
-- organisations' codes too. applicant_may_be_person keeps, readable, what the public board's name search needs to
-- know of an encrypted code (a natural person is never found there by name); it is filled here from the plain codes,
-- with the rule the board's SQL applied to them before. The rows stored before are encrypted and indexed by the first
-- start after this migration (ApplicantPersonalData#protectPersonalData): the key is the application's
-- configuration, which a migration does not have.
ALTER TABLE commitment_case ALTER COLUMN applicant_code SET DATA TYPE VARCHAR(200);
ALTER TABLE commitment_case ALTER COLUMN applicant_email SET DATA TYPE VARCHAR(2000);
ALTER TABLE commitment_case ADD COLUMN applicant_code_idx VARCHAR(120);
ALTER TABLE commitment_case ADD COLUMN applicant_may_be_person BOOLEAN DEFAULT TRUE NOT NULL;
UPDATE commitment_case SET applicant_may_be_person = FALSE
  WHERE upper(substring(applicant_code from 1 for 17)) <> lower(substring(applicant_code from 1 for 17));
DROP INDEX commitment_case_applicant;
CREATE INDEX commitment_case_applicant_idx ON commitment_case (applicant_code_idx);
