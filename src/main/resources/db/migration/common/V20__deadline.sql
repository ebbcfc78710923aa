-- Deadlines of the deadline service. Quartz holds the triggers; this table holds what a
-- deadline is, its status and outcome, and guards against a second effect when a trigger fires twice.
CREATE TABLE deadline (
  id                  VARCHAR(64)  NOT NULL PRIMARY KEY,
  process_instance_id VARCHAR(64)  NOT NULL,
  business_key        VARCHAR(255),
  kind                VARCHAR(64)  NOT NULL,
  due_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  provisional         BOOLEAN      NOT NULL,
  status              VARCHAR(16)  NOT NULL,
  outcome             VARCHAR(32),
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  reminded_for        TIMESTAMP WITH TIME ZONE,
  reminded_at         TIMESTAMP WITH TIME ZONE,
  fired_at            TIMESTAMP WITH TIME ZONE,
  cancelled_at        TIMESTAMP WITH TIME ZONE
);

CREATE INDEX ix_deadline_business_key ON deadline (business_key);
CREATE INDEX ix_deadline_process_kind ON deadline (process_instance_id, kind, status);
