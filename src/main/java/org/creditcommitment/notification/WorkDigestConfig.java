package org.creditcommitment.notification;

import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The daily 待办工作日报 as a durable Quartz job: clustered, so one node queues it (and the mails' dedup keys keep a
 * second run from adding any). {@code cc.notification.work-digest-cron}, Beijing time; non-working days are skipped.
 */
@Configuration
class WorkDigestConfig {

  @Bean
  JobDetail workDigestJob() {
    return JobBuilder.newJob(WorkDigestJob.class).withIdentity("work-digest", "notification")
        .storeDurably().requestRecovery().build();
  }

  @Bean
  Trigger workDigestTrigger(JobDetail workDigestJob,
      @Value("${cc.notification.work-digest-cron:0 30 8 * * ?}") String cron) {
    return TriggerBuilder.newTrigger().forJob(workDigestJob).withIdentity("work-digest", "notification")
        .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone("Asia/Shanghai"))
            .withMisfireHandlingInstructionFireAndProceed())
        .build();
  }

  /** Quartz creates it through Spring, which injects the service by constructor (a setter is not autowired). */
  static class WorkDigestJob implements Job {

    private final WorkDigests digests;

    WorkDigestJob(WorkDigests digests) {
      this.digests = digests;
    }

    @Override
    public void execute(JobExecutionContext context) {
      digests.sendOnWorkingDay();
    }
  }
}
