-- When the deciding department recorded that the applicant broke the published commitment (违背承诺, the subject put
-- under key supervision): a fact of the case the statistics count.
ALTER TABLE commitment_case ADD COLUMN breached_at TIMESTAMP WITH TIME ZONE;
