-- 行政许可法 第四十五条: while a hearing, test, inspection, quarantine, appraisal or expert review runs, the decision
-- period's clock stands. A suspended deadline keeps its row (still active) with the instant its clock stopped, and
-- the sweep does not find it (next_at NULL) until it is resumed.
ALTER TABLE deadline ADD COLUMN suspended_at TIMESTAMP WITH TIME ZONE;

-- 行政许可法 第四十二条: an extension of the decision period, requested by the approver with reasons and decided by
-- the department head; at most one is approved per case.
CREATE TABLE decision_period_extension (
  id                  VARCHAR(64)   NOT NULL PRIMARY KEY,
  case_no             VARCHAR(64)   NOT NULL,
  working_days        INTEGER       NOT NULL,
  reason              VARCHAR(2000) NOT NULL,
  requested_by        VARCHAR(64)   NOT NULL,
  requested_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  -- PENDING, APPROVED, REFUSED, LAPSED (the decision period had ended or the case was decided before approval)
  status              VARCHAR(16)   NOT NULL,
  process_instance_id VARCHAR(64),
  decided_by          VARCHAR(64),
  decided_at          TIMESTAMP WITH TIME ZONE,
  opinion             VARCHAR(2000),
  due_before          DATE,
  due_after           DATE
);
CREATE INDEX ix_decision_period_extension_case ON decision_period_extension (case_no);

-- 行政许可法 第四十五条: one suspension of the decision period, from the day its clock stopped to the day it restarted.
CREATE TABLE decision_period_suspension (
  id             VARCHAR(64)   NOT NULL PRIMARY KEY,
  case_no        VARCHAR(64)   NOT NULL,
  kind           VARCHAR(16)   NOT NULL,
  reason         VARCHAR(2000) NOT NULL,
  suspended_by   VARCHAR(64)   NOT NULL,
  suspended_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  due_before     DATE          NOT NULL,
  resumed_by     VARCHAR(64),
  resumed_at     TIMESTAMP WITH TIME ZONE,
  resume_note    VARCHAR(2000),
  working_days   INTEGER,
  due_after      DATE
);
CREATE INDEX ix_decision_period_suspension_case ON decision_period_suspension (case_no);

-- 行政许可法 第四十四条: how and when each decision document of a case reached the applicant, and who confirmed it.
CREATE TABLE case_document_service (
  document_id   BIGINT        NOT NULL PRIMARY KEY,
  case_no       VARCHAR(64)   NOT NULL,
  due_date      DATE          NOT NULL,
  method        VARCHAR(16),
  served_on     DATE,
  confirmed_by  VARCHAR(64),
  recorded_at   TIMESTAMP WITH TIME ZONE,
  note          VARCHAR(500)
);
CREATE INDEX ix_case_document_service_case ON case_document_service (case_no);

-- the applicant's consent to electronic service, given with the application; cases before it gave none
ALTER TABLE commitment_case ADD COLUMN electronic_service_consent BOOLEAN DEFAULT FALSE NOT NULL;
