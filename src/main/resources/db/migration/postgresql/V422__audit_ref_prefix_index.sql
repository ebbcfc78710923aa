-- A search by a natural person's code finds the index forms of its audit references under earlier index keys by their
-- prefix (ref LIKE 'pidx:<masked code>:%', org.creditcommitment.audit.AuditRefs). Under a database collation other than
-- C, PostgreSQL serves a LIKE prefix only from an index with the pattern operator class (H2's index serves it as is).
CREATE INDEX audit_event_ref_pattern ON audit_event (ref varchar_pattern_ops);
