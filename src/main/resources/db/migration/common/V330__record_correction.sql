-- Corrections by data providers (信息提供单位更正, 2023年汕尾市社会信用体系建设工作要点（征求意见稿） 一（二）): one row per
-- correction a unit starts of a dishonesty record it supplied, with its written explanation and evidence, the credit
-- office's answer, and the record as it was before and after. open_record_id is the record id while the correction
-- waits for its answer and NULL once answered: the unique index allows one open correction per record even when two
-- requests race.
CREATE SEQUENCE correction_no_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE record_correction (
  correction_no VARCHAR(40) PRIMARY KEY,
  process_instance_id VARCHAR(64),
  subject_code VARCHAR(18) NOT NULL,
  record_id BIGINT NOT NULL,
  open_record_id BIGINT,
  source_unit VARCHAR(200) NOT NULL,
  provider_group VARCHAR(100) NOT NULL,
  explanation VARCHAR(2000) NOT NULL,
  evidence VARCHAR(4000) NOT NULL,
  corrected_basis VARCHAR(1000),
  corrected_domain VARCHAR(200),
  corrected_publicity_end DATE,
  corrected_subject_code VARCHAR(18),
  revoke_record BOOLEAN NOT NULL,
  status VARCHAR(20) NOT NULL,
  answer_reason VARCHAR(2000),
  answered_by VARCHAR(100),
  answered_at TIMESTAMP WITH TIME ZONE,
  record_before VARCHAR(4000),
  record_after VARCHAR(4000),
  applied_at TIMESTAMP WITH TIME ZONE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by VARCHAR(100) NOT NULL
);

CREATE UNIQUE INDEX record_correction_open_record ON record_correction (open_record_id);
CREATE INDEX record_correction_subject ON record_correction (subject_code);
CREATE INDEX record_correction_created ON record_correction (created_at);
