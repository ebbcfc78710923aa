-- Facts of a case that statistics count, kept on the case itself (written by the step that makes them), so the
-- figures do not depend on the engine's history and survive its cleanup. Cases that passed these steps before
-- the columns existed are filled from the engine's history once at start-up (CaseFactsBackfill).
ALTER TABLE commitment_case ADD COLUMN pushed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE commitment_case ADD COLUMN rectification_notified_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE commitment_case ADD COLUMN punished_at TIMESTAMP WITH TIME ZONE;
-- the credit platform's id of the dishonesty record a punishment entered (an objection revoking it asks for a
-- review of the case)
ALTER TABLE commitment_case ADD COLUMN dishonesty_record_id VARCHAR(64);
CREATE INDEX commitment_case_dishonesty_record ON commitment_case (dishonesty_record_id);
