-- A mark UNDER_OBJECTION the product asks the credit platform for, while the objection's filing has not committed.
-- Written and committed before the platform is asked, deleted by the filing's own transaction. A row left behind
-- means the platform may hold a mark without an objection here (the node died between the platform's answer and
-- the commit, or taking the mark back failed): the objection module's reconciliation takes such marks back.
CREATE TABLE objection_mark_pending (
  objection_no VARCHAR(40) PRIMARY KEY,
  subject_code VARCHAR(18) NOT NULL,
  record_id BIGINT NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX objection_mark_pending_created ON objection_mark_pending (created_at);
