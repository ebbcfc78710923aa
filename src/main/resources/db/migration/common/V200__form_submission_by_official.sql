-- An official's own page lists the cases they acted on, newest first, from what they submitted at each task.
CREATE INDEX form_submission_submitted_by ON form_submission (submitted_by, id);
