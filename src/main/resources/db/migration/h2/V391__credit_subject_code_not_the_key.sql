-- The subject's code stops being its primary key (see V390); nothing refers to it any more.
ALTER TABLE credit_subject DROP PRIMARY KEY;
