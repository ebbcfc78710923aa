-- A credit repair keeps its facts on its row, as a commitment case does: the subject and the record as they were when
-- the repair was filed, the initial review, the supplement's note and the verification; the explanation the subject
-- is told is written by the step that decides it. The process keeps only what it routes on. Repairs filed before this
-- version carry these facts as process variables, which the steps still read for them; their columns stay empty.
ALTER TABLE credit_repair ADD COLUMN subject_name VARCHAR(200);
ALTER TABLE credit_repair ADD COLUMN subject_email VARCHAR(320);
ALTER TABLE credit_repair ADD COLUMN record_summary VARCHAR(4000);
ALTER TABLE credit_repair ADD COLUMN review_result VARCHAR(20);
ALTER TABLE credit_repair ADD COLUMN missing_items VARCHAR(2000);
ALTER TABLE credit_repair ADD COLUMN review_opinion VARCHAR(2000);
ALTER TABLE credit_repair ADD COLUMN reviewed_by VARCHAR(100);
ALTER TABLE credit_repair ADD COLUMN supplement_note VARCHAR(2000);
ALTER TABLE credit_repair ADD COLUMN repair_decision VARCHAR(20);
ALTER TABLE credit_repair ADD COLUMN verification_opinion VARCHAR(2000);
ALTER TABLE credit_repair ADD COLUMN verified_by VARCHAR(100);
