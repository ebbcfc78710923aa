-- A document's number is taken just before its issuing step commits, after the row that fixes what it says was
-- written earlier in the same transaction: until then the row has no number. A committed row always has one.
ALTER TABLE issued_document ALTER COLUMN doc_number DROP NOT NULL;
ALTER TABLE issued_document ALTER COLUMN number_seq DROP NOT NULL;
