-- Voluntary and self-regulatory commitments (主动型、行业自律型信用承诺, 汕府办函〔2021〕17号 二（一）): one row per
-- commitment a market entity (or an association for its members) files online; the voluntary-commitment process
-- instance (business key = the number, ZY...) holds only the flow. The template's name, category, department and
-- periods are copied at filing, so that a later edit of the template file changes no commitment already filed.
CREATE SEQUENCE voluntary_no_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE voluntary_commitment (
  voluntary_no VARCHAR(40) PRIMARY KEY,
  process_instance_id VARCHAR(64),
  template_code VARCHAR(40) NOT NULL,
  template_name VARCHAR(100) NOT NULL,
  category VARCHAR(40) NOT NULL,
  department VARCHAR(40) NOT NULL,
  validity VARCHAR(20) NOT NULL,
  review_period VARCHAR(20) NOT NULL,
  subject_code VARCHAR(18) NOT NULL,
  subject_name VARCHAR(100) NOT NULL,
  email VARCHAR(254) NOT NULL,
  commitment_text VARCHAR(20000) NOT NULL,
  text_sha256 VARCHAR(64) NOT NULL,
  signer VARCHAR(100) NOT NULL,
  signed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  status VARCHAR(20) NOT NULL,
  reviewed_by VARCHAR(100),
  reviewed_at TIMESTAMP WITH TIME ZONE,
  return_reason VARCHAR(2000),
  published_at TIMESTAMP WITH TIME ZONE,
  valid_until DATE,
  pushed_at TIMESTAMP WITH TIME ZONE,
  ended_at TIMESTAMP WITH TIME ZONE,
  ended_by VARCHAR(100),
  end_reason VARCHAR(2000),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by VARCHAR(100) NOT NULL
);

CREATE INDEX voluntary_commitment_status ON voluntary_commitment (status, published_at);
CREATE INDEX voluntary_commitment_subject ON voluntary_commitment (subject_code);
CREATE INDEX voluntary_commitment_created ON voluntary_commitment (created_at);

-- 行业自律型: the member subjects an association's commitment covers, in the order the text lists them.
CREATE TABLE voluntary_commitment_member (
  voluntary_no VARCHAR(40) NOT NULL REFERENCES voluntary_commitment (voluntary_no),
  member_order INTEGER NOT NULL,
  subject_code VARCHAR(18) NOT NULL,
  PRIMARY KEY (voluntary_no, member_order)
);

CREATE INDEX voluntary_commitment_member_subject ON voluntary_commitment_member (subject_code);
