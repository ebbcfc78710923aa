-- Facts of a case that statistics count, kept on the case itself (written by the step that makes them), so the
-- figures do not depend on the engine's history and survive its cleanup. Cases that passed these steps before
-- the columns existed are filled from the engine's history once at start-up (CaseFactsBackfill).
ALTER TABLE commitment_case ADD COLUMN pushed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE commitment_case ADD COLUMN rectification_notified_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE commitment_case ADD COLUMN punished_at TIMESTAMP WITH TIME ZONE;
