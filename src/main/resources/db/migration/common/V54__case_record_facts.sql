-- More facts of a case on its own record, written by the step that makes them: the applicant's credit grade as
-- queried, who accepted and who decided (and what), the latest inspection's result and inspector, and the
-- punishment measures chosen. Cases from before keep these columns empty; their history still holds the values.
ALTER TABLE commitment_case ADD COLUMN grade VARCHAR(10);
ALTER TABLE commitment_case ADD COLUMN accepted_by VARCHAR(100);
ALTER TABLE commitment_case ADD COLUMN accepted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE commitment_case ADD COLUMN decision VARCHAR(20);
ALTER TABLE commitment_case ADD COLUMN decided_by VARCHAR(100);
ALTER TABLE commitment_case ADD COLUMN inspection_result VARCHAR(20);
ALTER TABLE commitment_case ADD COLUMN inspected_by VARCHAR(100);
ALTER TABLE commitment_case ADD COLUMN inspected_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE commitment_case ADD COLUMN punishment_measures VARCHAR(500);
