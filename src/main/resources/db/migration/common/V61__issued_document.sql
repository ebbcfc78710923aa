-- Printable documents (文书) as issued: the exact PDF bytes and their SHA-256, never changed afterwards; only the
-- validity is set later, when a later decision supersedes the document (a licence revoked, a punishment repaired or
-- corrected after an objection). Numbers such as 汕市监承〔2026〕12号 come from one counter row per prefix and year.
CREATE TABLE document_number (
  prefix      VARCHAR(60) NOT NULL,
  number_year INTEGER     NOT NULL,
  last_value  INTEGER     NOT NULL,
  PRIMARY KEY (prefix, number_year)
);

CREATE SEQUENCE issued_document_seq;

CREATE TABLE issued_document (
  id                BIGINT       NOT NULL PRIMARY KEY,
  doc_type          VARCHAR(40)  NOT NULL,
  doc_number        VARCHAR(120) NOT NULL,
  number_prefix     VARCHAR(60)  NOT NULL,
  number_year       INTEGER      NOT NULL,
  number_seq        INTEGER      NOT NULL,
  case_no           VARCHAR(64),
  subject_code      VARCHAR(32)  NOT NULL,
  subject_type      VARCHAR(10)  NOT NULL,
  subject_name      VARCHAR(200) NOT NULL,
  department        VARCHAR(64)  NOT NULL,
  issuer_name       VARCHAR(200) NOT NULL,
  issued_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  issued_by         VARCHAR(64)  NOT NULL,
  verification_code VARCHAR(24)  NOT NULL,
  record_ref        VARCHAR(64),
  sha256            CHAR(64)     NOT NULL,
  content_size      INTEGER      NOT NULL,
  content           BYTEA        NOT NULL,
  invalid_reason    VARCHAR(500),
  invalid_at        TIMESTAMP WITH TIME ZONE,
  CONSTRAINT uq_issued_document_code UNIQUE (verification_code),
  CONSTRAINT uq_issued_document_number UNIQUE (number_prefix, number_year, number_seq)
);

CREATE INDEX ix_issued_document_case ON issued_document (case_no);
CREATE INDEX ix_issued_document_subject ON issued_document (subject_code);
CREATE INDEX ix_issued_document_record ON issued_document (record_ref);
