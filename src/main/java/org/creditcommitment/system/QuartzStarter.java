package org.creditcommitment.system;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Quartz could fire a deadline before Camunda's deployment has finished, that is before the process it
 * correlates into exists, so the scheduler is created with auto-startup off and started here.
 * Deadlines that fell due while the system was down fire now (misfire handling in the deadline service).
 */
@Component
class QuartzStarter {

  private static final Logger log = LoggerFactory.getLogger(QuartzStarter.class);
  private final Scheduler scheduler;

  QuartzStarter(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() throws SchedulerException {
    if (!scheduler.isStarted()) {
      scheduler.start();
      log.info("Quartz scheduler {} started", scheduler.getSchedulerInstanceId());
    }
  }
}
