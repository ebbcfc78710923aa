-- The repair letter becomes a 信用修复型 commitment (普政数局〔2022〕25号 二（七）): the exact text the subject signed,
-- its SHA-256, the signature (signer, time, ONLINE through the portal or WINDOW on paper at the credit window) and
-- when the credit platform received it. One row per repair filed from now on.
CREATE TABLE credit_repair_commitment (
  repair_no VARCHAR(40) PRIMARY KEY REFERENCES credit_repair (repair_no),
  subject_code VARCHAR(18) NOT NULL,
  subject_name VARCHAR(200) NOT NULL,
  record_id BIGINT NOT NULL,
  commitment_text VARCHAR(20000) NOT NULL,
  text_sha256 VARCHAR(64) NOT NULL,
  signer VARCHAR(100) NOT NULL,
  signed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  channel VARCHAR(10) NOT NULL,
  recorded_by VARCHAR(100) NOT NULL,
  pushed_at TIMESTAMP WITH TIME ZONE
);

CREATE INDEX credit_repair_commitment_signed ON credit_repair_commitment (signed_at);

-- Repairs filed before kept only the filer's word that the letter was signed (always true: a false one was refused).
-- A repair filed from now on has its commitment row instead, and the flag defaults to true for it.
ALTER TABLE credit_repair ALTER COLUMN repair_letter_signed SET DEFAULT TRUE;
