-- The exact letter text shown to the applicant, and its signature (义政数〔2020〕17号 四(三)).
CREATE TABLE commitment_letter (
  case_no VARCHAR(40) PRIMARY KEY,
  letter_text VARCHAR(65535) NOT NULL,
  sha256 VARCHAR(64) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE commitment_signature (
  case_no VARCHAR(40) PRIMARY KEY,
  signer VARCHAR(200) NOT NULL,
  signed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  -- ONLINE (the applicant, with the hash of the letter shown) or PAPER (recorded by a clerk)
  channel VARCHAR(10) NOT NULL,
  recorded_by VARCHAR(100),
  letter_sha256 VARCHAR(64) NOT NULL
);
