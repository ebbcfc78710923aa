-- 撤回信用审批 (平龙政服领办〔2022〕11号 四（二）第4项): an applicant may withdraw the commitment before the decision and
-- the application continues by the original procedure; when and why it was withdrawn. Null on every earlier case:
-- none withdrew a commitment (a withdrawal before this version withdrew the whole application, WITHDRAWN, and keeps it).
ALTER TABLE commitment_case ADD COLUMN commitment_withdrawn_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE commitment_case ADD COLUMN commitment_withdrawal_reason VARCHAR(500);
-- 虚假承诺 (普政数局〔2022〕25号 二（三）一是): what the approver (before the decision) or the inspector (after it) found
-- false in the commitment or the materials; it is the basis of the denial or of the punishment without rectification.
-- Null on every earlier case: a breach found before this version was a shortfall, rectified first.
ALTER TABLE commitment_case ADD COLUMN false_commitment_reason VARCHAR(2100);
-- The approver's decision DENY_FALSE_COMMITMENT is one character longer than the column was.
ALTER TABLE commitment_case ALTER COLUMN decision SET DATA TYPE VARCHAR(40);
