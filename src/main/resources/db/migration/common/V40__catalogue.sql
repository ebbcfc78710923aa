-- The live service-item catalogue; items are JSON documents validated by the application.
CREATE TABLE catalogue_department (
  code VARCHAR(40) PRIMARY KEY,
  name VARCHAR(200) NOT NULL
);

CREATE TABLE catalogue_item (
  code VARCHAR(40) PRIMARY KEY,
  department VARCHAR(40) NOT NULL,
  content VARCHAR(65535) NOT NULL,
  -- 'file' (from the operator's catalogue file) or 'api' (edited through REST)
  source VARCHAR(10) NOT NULL,
  -- SHA-256 of the file entry last imported, so an unchanged file does not undo a REST edit
  file_hash VARCHAR(64),
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_by VARCHAR(100) NOT NULL
);
