-- Ids of audit events (see V96); starts after the events already stored.
CREATE SEQUENCE audit_event_seq START WITH 1;
ALTER SEQUENCE audit_event_seq RESTART WITH (SELECT COALESCE(MAX(id), 0) + 1 FROM audit_event);
