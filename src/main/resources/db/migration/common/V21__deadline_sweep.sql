-- Deadlines are found by a sweep instead of one Quartz job per deadline: a process step now
-- writes only this row, so it never waits for Quartz' cluster lock, and a burst of deadlines falling due
-- at the same midnight is fired in batches. next_at is when the row next needs attention (its next
-- reminder or its due instant); it is NULL once the deadline has fired or been cancelled.
ALTER TABLE deadline ADD COLUMN next_at TIMESTAMP WITH TIME ZONE;
-- pending reminder instants, epoch milliseconds separated by commas, earliest first
ALTER TABLE deadline ADD COLUMN reminders VARCHAR(2000);
UPDATE deadline SET next_at = due_at WHERE status IN ('SCHEDULED', 'REMINDED');
CREATE INDEX ix_deadline_next_at ON deadline (next_at);

-- the per-deadline Quartz jobs of earlier versions: their rows above are swept from now on
DELETE FROM QRTZ_SIMPLE_TRIGGERS WHERE TRIGGER_GROUP = 'deadline';
DELETE FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = 'deadline';
DELETE FROM QRTZ_JOB_DETAILS WHERE JOB_GROUP = 'deadline';
