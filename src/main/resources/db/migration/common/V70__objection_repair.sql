-- Objections (异议处理) and credit repairs (信用修复): one row per application, the process instance
-- (business key = the number) holds the flow. open_record_id is the record id while the application
-- is open and NULL once it ends: the unique index allows one open objection / repair per record even
-- when two requests race.
CREATE SEQUENCE objection_no_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE repair_no_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE credit_objection (
  objection_no VARCHAR(40) PRIMARY KEY,
  process_instance_id VARCHAR(64),
  subject_code VARCHAR(18) NOT NULL,
  record_id BIGINT NOT NULL,
  open_record_id BIGINT,
  reason VARCHAR(2000) NOT NULL,
  evidence VARCHAR(4000) NOT NULL,
  outcome VARCHAR(20),
  explanation VARCHAR(2000),
  answered_by VARCHAR(100),
  record_before VARCHAR(4000),
  record_after VARCHAR(4000),
  punished_cases VARCHAR(1000),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by VARCHAR(100) NOT NULL,
  ended_at TIMESTAMP WITH TIME ZONE
);

CREATE UNIQUE INDEX credit_objection_open_record ON credit_objection (open_record_id);
CREATE INDEX credit_objection_subject ON credit_objection (subject_code);
CREATE INDEX credit_objection_record ON credit_objection (record_id);

CREATE TABLE credit_repair (
  repair_no VARCHAR(40) PRIMARY KEY,
  process_instance_id VARCHAR(64),
  subject_code VARCHAR(18) NOT NULL,
  record_id BIGINT NOT NULL,
  open_record_id BIGINT,
  evidence VARCHAR(4000) NOT NULL,
  supplements VARCHAR(4000),
  obligations_fulfilled BOOLEAN NOT NULL,
  fine_paid BOOLEAN NOT NULL,
  repair_letter_signed BOOLEAN NOT NULL,
  outcome VARCHAR(20),
  explanation VARCHAR(2000),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by VARCHAR(100) NOT NULL,
  ended_at TIMESTAMP WITH TIME ZONE
);

CREATE UNIQUE INDEX credit_repair_open_record ON credit_repair (open_record_id);
CREATE INDEX credit_repair_subject ON credit_repair (subject_code);
CREATE INDEX credit_repair_record ON credit_repair (record_id);
