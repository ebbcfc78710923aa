-- An issued PDF's digest (column sha256, kept by that name for the API) is SM3 by default now; each document records
-- the algorithm of its digest, and the documents issued before this change keep SHA-256.
ALTER TABLE issued_document ADD COLUMN hash_alg VARCHAR(20);
UPDATE issued_document SET hash_alg = 'SHA-256' WHERE sha256 IS NOT NULL;
