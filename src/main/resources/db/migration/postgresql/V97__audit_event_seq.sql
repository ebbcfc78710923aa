-- Ids of audit events (see V96); starts after the events already stored.
CREATE SEQUENCE audit_event_seq;
SELECT setval('audit_event_seq', (SELECT COALESCE(MAX(id), 0) + 1 FROM audit_event), false);
-- only the unchained tail is read by the chain writer
CREATE INDEX audit_event_unchained ON audit_event (id) WHERE chain_no IS NULL;
