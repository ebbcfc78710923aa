-- Audit events are appended unchained in the business transaction (content_hash set, chain columns null)
-- and linked afterwards by AuditChain under the chain-head lock: chain_no is the contiguous position in the
-- chain (ids come from a sequence and may have gaps from rolled-back transactions). Events written before
-- this change were chained at once with the old formula; they keep chain_no = id and content_hash null.
ALTER TABLE audit_event ADD COLUMN chain_no BIGINT;
ALTER TABLE audit_event ADD COLUMN content_hash VARCHAR(64);
UPDATE audit_event SET chain_no = id;
ALTER TABLE audit_event ALTER COLUMN prev_hash DROP NOT NULL;
ALTER TABLE audit_event ALTER COLUMN hash DROP NOT NULL;
CREATE UNIQUE INDEX audit_event_chain_no ON audit_event (chain_no);
