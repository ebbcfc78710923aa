package org.creditcommitment.deadline;

import java.time.Duration;
import java.util.Set;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
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
 * Registers the deadline sweep in Quartz' JDBC store at start-up: one durable job with a trigger repeating
 * every {@code cc.deadline.sweep-interval} (clustered on PostgreSQL, so one node sweeps at a time and
 * another takes over when it dies). An interval of 0 removes it (the tests sweep by hand, with their clock).
 */
@Component
class DeadlineSweepScheduling {

  static final JobKey JOB = new JobKey("deadline-sweep", "deadline");
  static final TriggerKey TRIGGER = new TriggerKey("deadline-sweep", "deadline");
  private static final Logger log = LoggerFactory.getLogger(DeadlineSweepScheduling.class);

  private final Scheduler scheduler;
  private final Duration interval;

  DeadlineSweepScheduling(Scheduler scheduler, @Value("${cc.deadline.sweep-interval:1s}") Duration interval) {
    this.scheduler = scheduler;
    this.interval = interval;
  }

  @EventListener(ApplicationStartedEvent.class)
  void register() throws SchedulerException {
    register(scheduler, interval);
  }

  /** Puts the sweep on {@code scheduler} every {@code interval}, or takes it off for a zero interval. */
  static void register(Scheduler scheduler, Duration interval) throws SchedulerException {
    if (interval.isZero() || interval.isNegative()) {
      if (scheduler.deleteJob(JOB)) {
        log.info("Deadline sweep removed (cc.deadline.sweep-interval is 0)");
      }
      return;
    }
    Trigger existing = scheduler.getTrigger(TRIGGER);
    if (existing instanceof SimpleTrigger current && current.getRepeatInterval() == interval.toMillis()
        && scheduler.checkExists(JOB)) {
      return;
    }
    JobDetail job = JobBuilder.newJob(DeadlineSweepJob.class).withIdentity(JOB).storeDurably()
        .withDescription("到期扫描：触发已到期的办理期限和提醒").build();
    // missed sweeps are not made up one by one: the next sweep finds everything that fell due meanwhile
    Trigger trigger = TriggerBuilder.newTrigger().withIdentity(TRIGGER).forJob(JOB)
        .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(interval.toMillis())
            .repeatForever().withMisfireHandlingInstructionNextWithRemainingCount())
        .build();
    scheduler.scheduleJob(job, Set.of(trigger), true);
    log.info("Deadline sweep scheduled every {}", interval);
  }
}
