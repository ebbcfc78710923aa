-- The audit chain is keyed (HMAC-SM3 by default, org.creditcommitment.audit.AuditHashing) with a key held outside the
-- database. Each event records the algorithm and key id of its hashes; the events before this change were hashed
-- with SHA-256 and no key, and stay verifiable as such. The head gets a seal (HMAC over its position and hash),
-- written by the first start after this change and by every chaining run.
ALTER TABLE audit_event ADD COLUMN hash_alg VARCHAR(20);
ALTER TABLE audit_event ADD COLUMN key_id VARCHAR(40);
UPDATE audit_event SET hash_alg = 'SHA-256';
ALTER TABLE audit_event ALTER COLUMN hash_alg SET NOT NULL;
ALTER TABLE audit_chain_head ADD COLUMN seal VARCHAR(64);
ALTER TABLE audit_chain_head ADD COLUMN seal_alg VARCHAR(20);
ALTER TABLE audit_chain_head ADD COLUMN seal_key_id VARCHAR(40);
