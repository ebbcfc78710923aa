-- When the punishment of a case was decided (决定惩戒措施 completed): the start of the 7 working days within which the
-- dishonesty record must reach the credit platform (及时率 of penalty data, docs/statistics.md). Cases decided before
-- this version have none: no step recorded the moment then, and no other record dates the decision itself (the
-- punishment decision document is issued only after the push), so they are left out of the penalty timeliness rather
-- than given an invented date.
ALTER TABLE commitment_case ADD COLUMN punishment_decided_at TIMESTAMP WITH TIME ZONE;
