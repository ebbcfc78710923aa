-- The surrogate id is the subject's key (see V390). The code widens for a natural person's encrypted ID number and
-- the e-mail address for its ciphertext; code_idx is the keyed index (HMAC-SM3, PersonalDataIndex) the registry
-- finds a subject by, filled at start for the rows stored before. Codes stay unique: an organisation's USCC (public)
-- is stored as it is, and the index is unique for everyone.
ALTER TABLE credit_subject ALTER COLUMN id SET NOT NULL;
ALTER TABLE credit_subject ADD CONSTRAINT credit_subject_pkey PRIMARY KEY (id);
ALTER TABLE credit_subject ALTER COLUMN code SET DATA TYPE VARCHAR(200);
ALTER TABLE credit_subject ALTER COLUMN email SET DATA TYPE VARCHAR(2000);
ALTER TABLE credit_subject ADD COLUMN code_idx VARCHAR(200);
ALTER TABLE credit_subject ADD CONSTRAINT credit_subject_code UNIQUE (code);
ALTER TABLE credit_subject ADD CONSTRAINT credit_subject_code_idx UNIQUE (code_idx);

CREATE INDEX credit_dishonesty_subject_id ON credit_dishonesty_record (subject_id);
ALTER TABLE credit_dishonesty_record ADD CONSTRAINT credit_dishonesty_record_subject
  FOREIGN KEY (subject_id) REFERENCES credit_subject (id);
CREATE INDEX credit_fulfilment_subject_id ON credit_fulfilment_record (subject_id);
ALTER TABLE credit_fulfilment_record ADD CONSTRAINT credit_fulfilment_record_subject
  FOREIGN KEY (subject_id) REFERENCES credit_subject (id);
CREATE INDEX credit_penalty_decided ON credit_penalty (subject_id, decided_on);
ALTER TABLE credit_penalty ADD CONSTRAINT credit_penalty_subject_id
  FOREIGN KEY (subject_id) REFERENCES credit_subject (id);
