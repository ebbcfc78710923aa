-- A deciding step fixes what its document says (number, code, values) and commits its outcome; the PDF is laid out
-- after that commit. Until then content and sha256 are empty and render_input holds what the document says;
-- render_next_at is when the periodic run may (re)try it (null once laid out), render_attempts/render_error say how
-- often and why its layout failed.
ALTER TABLE issued_document ADD COLUMN render_input TEXT;
ALTER TABLE issued_document ADD COLUMN render_next_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE issued_document ADD COLUMN render_attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE issued_document ADD COLUMN render_error VARCHAR(1000);
ALTER TABLE issued_document ALTER COLUMN sha256 DROP NOT NULL;
ALTER TABLE issued_document ALTER COLUMN content_size DROP NOT NULL;
ALTER TABLE issued_document ALTER COLUMN content DROP NOT NULL;

CREATE INDEX ix_issued_document_layout ON issued_document (render_next_at);
