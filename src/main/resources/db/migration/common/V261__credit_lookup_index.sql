-- Every look-up of a subject's credit is an audit event (credit.looked-up, 汕府办函〔2021〕17号 (二十二)); the auditor
-- lists them by period, official and subject, and counts them per official and day.
CREATE INDEX audit_event_type_time ON audit_event (type, occurred_at);
