-- 逐级审批 of punishment decisions (失信惩戒决定, 中华人民共和国行政处罚法 第五十七条) passes the same levels as the
-- licence decision: each opinion now says which decision it is given on. Every opinion written before is one on a
-- licence decision (DECISION); PUNISHMENT marks those given on the 决定惩戒措施 of the case.
ALTER TABLE case_approval_opinion ADD COLUMN phase VARCHAR(16) DEFAULT 'DECISION' NOT NULL;
