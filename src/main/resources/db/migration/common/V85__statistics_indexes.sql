-- Statistics (push timeliness) look up the commitment push of each approved case by case number.
CREATE INDEX credit_pushed_record_reference ON credit_pushed_record (reference, record_type);
