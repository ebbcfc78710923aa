-- Whether the name a case or a voluntary commitment gives for its subject was held against the name the credit
-- platform registers, and when (NameCheck: VERIFIED, UNVERIFIED, UNREGISTERED, MISMATCH). A filing that arrives while
-- the platform cannot be reached is accepted UNVERIFIED and checked by its process's credit step. Everything written
-- before this version was checked when it was filed (a wrong name was refused, an unreachable platform refused the
-- filing), and so is every row a node of the earlier version still writes during a rolling upgrade: the default.
ALTER TABLE commitment_case ADD COLUMN name_check VARCHAR(20) DEFAULT 'VERIFIED' NOT NULL;
ALTER TABLE commitment_case ADD COLUMN name_checked_at TIMESTAMP WITH TIME ZONE;
UPDATE commitment_case SET name_checked_at = created_at;

ALTER TABLE voluntary_commitment ADD COLUMN name_check VARCHAR(20) DEFAULT 'VERIFIED' NOT NULL;
ALTER TABLE voluntary_commitment ADD COLUMN name_checked_at TIMESTAMP WITH TIME ZONE;
UPDATE voluntary_commitment SET name_checked_at = created_at;
