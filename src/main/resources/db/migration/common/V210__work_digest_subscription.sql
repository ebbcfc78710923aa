-- Officials who chose a daily mail of their groups' new and overdue tasks (待办工作日报).
CREATE TABLE work_digest_subscription (
  user_id        VARCHAR(64)              NOT NULL PRIMARY KEY,
  subscribed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
