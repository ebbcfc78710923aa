-- Evidence files (证明材料) that objections, repairs, corrections and rectifications carry: the exact bytes as
-- uploaded, their SHA-256 and the type their content was recognised as (never the one the uploader named). A file is
-- uploaded first, by itself, and attached once to the record it supports (owner_kind, owner_id); until then only
-- its uploader reads it. Never changed after it is attached.
CREATE TABLE evidence_file (
  id           UUID                     NOT NULL PRIMARY KEY,
  file_name    VARCHAR(200)             NOT NULL,
  content_type VARCHAR(60)              NOT NULL,
  size_bytes   BIGINT                   NOT NULL,
  sha256       CHAR(64)                 NOT NULL,
  content      BYTEA                    NOT NULL,
  uploaded_by  VARCHAR(64)              NOT NULL,
  uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  owner_kind   VARCHAR(40),
  owner_id     VARCHAR(100),
  attached_by  VARCHAR(64),
  attached_at  TIMESTAMP WITH TIME ZONE
);

CREATE INDEX evidence_file_owner ON evidence_file (owner_kind, owner_id);
