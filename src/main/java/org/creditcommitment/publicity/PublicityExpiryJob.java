package org.creditcommitment.publicity;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** The daily Quartz job; Spring Boot's job factory creates it with its beans. */
@DisallowConcurrentExecution
class PublicityExpiryJob implements Job {

  private final PublicityExpiry expiry;

  PublicityExpiryJob(PublicityExpiry expiry) {
    this.expiry = expiry;
  }

  @Override
  public void execute(JobExecutionContext context) {
    expiry.runNow();
  }
}
