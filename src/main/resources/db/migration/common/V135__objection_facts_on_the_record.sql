-- An objection keeps its facts on its row, as a commitment case does: the subject and the record as they were when
-- the objection was filed (what the forms and mails show), the answer until the platform has been told, and the
-- credit office's review of the punished cases. The process keeps only what it routes on. Objections filed before
-- this version carry these facts as process variables, which the steps still read for them; their columns stay empty.
ALTER TABLE credit_objection ADD COLUMN subject_name VARCHAR(200);
ALTER TABLE credit_objection ADD COLUMN subject_email VARCHAR(320);
ALTER TABLE credit_objection ADD COLUMN record_summary VARCHAR(4000);
ALTER TABLE credit_objection ADD COLUMN record_source_unit VARCHAR(1000);
ALTER TABLE credit_objection ADD COLUMN record_basis VARCHAR(2000);
ALTER TABLE credit_objection ADD COLUMN record_domain VARCHAR(1000);
ALTER TABLE credit_objection ADD COLUMN record_publicity_start DATE;
ALTER TABLE credit_objection ADD COLUMN record_publicity_end DATE;
ALTER TABLE credit_objection ADD COLUMN answer_decision VARCHAR(10);
ALTER TABLE credit_objection ADD COLUMN corrected_basis VARCHAR(1000);
ALTER TABLE credit_objection ADD COLUMN corrected_source_unit VARCHAR(1000);
ALTER TABLE credit_objection ADD COLUMN corrected_domain VARCHAR(1000);
ALTER TABLE credit_objection ADD COLUMN corrected_publicity_end DATE;
ALTER TABLE credit_objection ADD COLUMN punishment_review_result VARCHAR(20);
ALTER TABLE credit_objection ADD COLUMN punishment_review_note VARCHAR(2000);
ALTER TABLE credit_objection ADD COLUMN punishment_reviewed_by VARCHAR(100);
