package org.creditcommitment.deadline;

import java.time.Instant;

import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;

/**
 * The Quartz job of one deadline; its triggers say whether to fire it or to remind. Only ids and
 * plain strings live in the job data. Spring Boot's job factory creates it with its beans.
 */
class DeadlineJob implements Job {

  static final String DEADLINE_ID = "deadlineId";
  static final String ACTION = "action";
  static final String REMIND_FOR = "remindFor";
  static final String FIRE = "fire";
  static final String REMIND = "remind";

  private final DeadlineFiring firing;

  DeadlineJob(DeadlineFiring firing) {
    this.firing = firing;
  }

  @Override
  public void execute(JobExecutionContext context) {
    JobDataMap data = context.getMergedJobDataMap();
    String deadlineId = data.getString(DEADLINE_ID);
    if (REMIND.equals(data.getString(ACTION))) {
      firing.remind(deadlineId, Instant.ofEpochMilli(Long.parseLong(data.getString(REMIND_FOR))));
    } else {
      firing.fire(deadlineId);
    }
  }
}
