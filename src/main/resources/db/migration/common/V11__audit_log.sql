-- Append-only, hash-chained audit events (see org.creditcommitment.audit.AuditLog).
CREATE TABLE audit_event (
  id BIGINT PRIMARY KEY,
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  ref VARCHAR(64),
  type VARCHAR(100) NOT NULL,
  actor VARCHAR(100) NOT NULL,
  details VARCHAR(100000) NOT NULL,
  prev_hash VARCHAR(64) NOT NULL,
  hash VARCHAR(64) NOT NULL
);
CREATE INDEX audit_event_ref ON audit_event (ref);

-- One row: the last event of the chain. Writers lock it (SELECT ... FOR UPDATE) so the chain stays linear.
CREATE TABLE audit_chain_head (
  id INT PRIMARY KEY,
  last_id BIGINT NOT NULL,
  last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
