-- A new audit event of a natural person stores its reference as pidx:<masked code>:<keyed index>
-- (org.creditcommitment.audit.AuditRefs) instead of the resident ID number in plain text: room for the index's key id
-- and HMAC. Events recorded before keep their reference (their hashes cover it); a search by code looks for both forms.
ALTER TABLE audit_event ALTER COLUMN ref SET DATA TYPE VARCHAR(200);
