-- 事先告知、陈述申辩、听证 (中华人民共和国行政处罚法 第四十四条、第四十五条、第六十三条、第六十四条; 国办发〔2020〕49号:
-- 认定失信前告知): before a dishonesty record is imposed or a licence revoked the subject is told what is proposed and
-- may state its case, and ask for a hearing where the law gives one. One row per case that reaches the punishment
-- phase from this version on; a case punished before has none (it was decided without a prior notice).

-- The approver's proposal (拟作出的惩戒措施 and its basis, the facts as the case record states them), written when the
-- proposal is made; the notice's number and the end of the statement period when the notice is issued; the
-- approver's answer to the statement when the punishment is decided.
CREATE TABLE case_prior_notice (
  case_no VARCHAR(40) PRIMARY KEY REFERENCES commitment_case (case_no),
  proposed_measures VARCHAR(200) NOT NULL,
  facts VARCHAR(4200) NOT NULL,
  basis VARCHAR(2000) NOT NULL,
  hearing_right BOOLEAN NOT NULL,
  proposed_by VARCHAR(100) NOT NULL,
  proposed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  document_no VARCHAR(80),
  statement_due TIMESTAMP WITH TIME ZONE,
  issued_at TIMESTAMP WITH TIME ZONE,
  answer VARCHAR(2000),
  answered_by VARCHAR(100),
  answered_at TIMESTAMP WITH TIME ZONE
);

-- What came of the statement period: STATED (the subject's 陈述申辩 text and whether it asked for a hearing, who
-- delivered it: the portal or a clerk at the window) or LAPSED (逾期未陈述申辩, recorded by the system when the
-- period passed). The primary key makes a second statement impossible.
CREATE TABLE case_statement (
  case_no VARCHAR(40) PRIMARY KEY REFERENCES case_prior_notice (case_no),
  outcome VARCHAR(10) NOT NULL,
  statement_text VARCHAR(4000),
  hearing_requested BOOLEAN NOT NULL,
  recorded_by VARCHAR(100) NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- 听证笔录: the date the hearing was held and the summary of its record, entered by an approver of the department.
CREATE TABLE case_hearing (
  case_no VARCHAR(40) PRIMARY KEY REFERENCES case_statement (case_no),
  hearing_date DATE NOT NULL,
  summary VARCHAR(4000) NOT NULL,
  recorded_by VARCHAR(100) NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
