-- The field (领域) of an administrative penalty, e.g. 市场监管 or 安全生产: the credit report lists a subject's
-- penalties per field in place of each department's certificate of no violation (无违法违规证明). Penalties recorded
-- before have none and are listed as 未注明领域.
ALTER TABLE credit_penalty ADD COLUMN field VARCHAR(100);
CREATE INDEX credit_penalty_decided ON credit_penalty (subject_code, decided_on);
