-- 列为重点监管对象 as a punishment measure (汕府办函〔2021〕17号 二（一）): the approver sets how many months the subject is
-- listed; the listing is tied to the punishment's dishonesty record, so a credit repair of that record (or the
-- credit office lifting the measures after an objection revoked it) ends the listing before its last day.
-- Listings recorded before this version are breaches recorded through the API (cause BREACH) and stay as they were.
ALTER TABLE commitment_case ADD COLUMN supervision_months INTEGER;
ALTER TABLE commitment_case ADD COLUMN punished_by VARCHAR(100);
ALTER TABLE key_supervision ADD COLUMN cause VARCHAR(20) DEFAULT 'BREACH' NOT NULL;
ALTER TABLE key_supervision ADD COLUMN dishonesty_record_id VARCHAR(64);
ALTER TABLE key_supervision ADD COLUMN ended_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE key_supervision ADD COLUMN end_reason VARCHAR(2000);
CREATE INDEX key_supervision_cause ON key_supervision (commitment_ref, cause);
CREATE INDEX key_supervision_record ON key_supervision (dishonesty_record_id);
