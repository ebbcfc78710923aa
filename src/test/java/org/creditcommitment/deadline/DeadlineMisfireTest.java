package org.creditcommitment.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.creditcommitment.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.impl.matchers.KeyMatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Misfire policy FIRE_NOW: a deadline that passed while the system was down fires once at start-up. */
class DeadlineMisfireTest extends IntegrationTest {

  @Autowired DeadlineService deadlines;
  @Autowired Scheduler scheduler;
  @Autowired ApplicationContext context;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aDeadlineOverdueWhileTheSystemWasDownFiresExactlyOnceWhenTheSchedulerStarts() throws Exception {
    DeadlineTestProcesses.deploy(processEngine.getRepositoryService());
    scheduler.standby(); // the running application is "down": its scheduler fires nothing
    try (ExtraScheduler restarted = new ExtraScheduler(context, "restarted-" + System.nanoTime())) {
      // the step that set the deadline ran 5 minutes ago; the deadline passed 3 minutes ago,
      // well beyond Quartz' misfire threshold of one minute
      clock.setInstant(Instant.now().minus(Duration.ofMinutes(5)));
      ProcessInstance instance = processEngine.getRuntimeService().startProcessInstanceByKey(
          DeadlineTestProcesses.TASK_PROCESS, "DL-MISFIRE-" + System.nanoTime(),
          Map.of("deadlineSpec", "PT2M", "deadlineReminder", ""));
      clock.reset();
      DeadlineView deadline = deadlines.listForProcessInstance(instance.getId()).get(0);
      JobKey job = new JobKey(deadline.id(), DeadlineService.JOB_GROUP);
      CountingJobListener counter = new CountingJobListener();
      restarted.scheduler().getListenerManager().addJobListener(counter, KeyMatcher.keyEquals(job));

      restarted.start();

      await().atMost(Duration.ofSeconds(60)).until(() -> counter.executions(job) >= 1
          && !restarted.scheduler().checkExists(job));
      assertThat(counter.executions(job)).isEqualTo(1);
      DeadlineView fired = deadlines.listForProcessInstance(instance.getId()).get(0);
      assertThat(fired.status()).isEqualTo(DeadlineStatus.FIRED);
      assertThat(fired.outcome()).isEqualTo(DeadlineOutcome.CORRELATED);
      assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
          .processInstanceId(instance.getId()).activityId("Event_AnswerDeadlinePassed").count()).isEqualTo(1);
    } finally {
      scheduler.start();
    }
  }
}
