package org.creditcommitment.publicity;

import java.util.Set;
import java.util.TimeZone;

import org.creditcommitment.system.ClockConfig;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Registers the publicity-expiry job in Quartz' JDBC store (durable; clustered on PostgreSQL, so one
 * node runs it) at start-up. Idempotent: a trigger with the configured cron is left alone, so its
 * misfire state survives a restart (a run missed while every node was down fires once on start);
 * a changed cron replaces it.
 */
@Component
class PublicityExpiryScheduling {

  static final JobKey JOB = new JobKey("publicity-expiry", "publicity");
  static final TriggerKey TRIGGER = new TriggerKey("publicity-expiry-daily", "publicity");
  private static final Logger log = LoggerFactory.getLogger(PublicityExpiryScheduling.class);

  private final Scheduler scheduler;
  private final String cron;

  PublicityExpiryScheduling(Scheduler scheduler, @Value("${cc.publicity.expiry-cron:0 5 0 * * ?}") String cron) {
    this.scheduler = scheduler;
    this.cron = cron;
  }

  @EventListener(ApplicationStartedEvent.class)
  void register() throws SchedulerException {
    Trigger existing = scheduler.getTrigger(TRIGGER);
    if (existing instanceof CronTrigger current && cron.equals(current.getCronExpression())
        && scheduler.checkExists(JOB)) {
      return;
    }
    JobDetail job = JobBuilder.newJob(PublicityExpiryJob.class).withIdentity(JOB).storeDurably()
        .withDescription("期限届满及时撤出：公示期届满的失信记录自动撤出公示").build();
    Trigger trigger = TriggerBuilder.newTrigger().withIdentity(TRIGGER).forJob(JOB)
        .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(ClockConfig.ZONE))
            .withMisfireHandlingInstructionFireAndProceed())
        .build();
    scheduler.scheduleJob(job, Set.of(trigger), true);
    log.info("Publicity expiry scheduled: cron '{}' ({})", cron, ClockConfig.ZONE);
  }
}
