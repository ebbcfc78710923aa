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
import org.quartz.Scheduler;
import org.quartz.impl.matchers.KeyMatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A deadline that passed while the system was down fires once, on the first sweep after start-up. */
class DeadlineDowntimeTest extends IntegrationTest {

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
    scheduler.standby(); // the running application is "down": its scheduler runs nothing
    RecordedEvents events = new RecordedEvents(context);
    try (ExtraScheduler restarted = new ExtraScheduler(context, "restarted-" + System.nanoTime())) {
      // the step that set the deadline ran 5 minutes ago; the deadline passed 3 minutes ago
      clock.setInstant(Instant.now().minus(Duration.ofMinutes(5)));
      ProcessInstance instance = processEngine.getRuntimeService().startProcessInstanceByKey(
          DeadlineTestProcesses.TASK_PROCESS, "DL-DOWN-" + System.nanoTime(),
          Map.of("deadlineSpec", "PT2M", "deadlineReminder", ""));
      clock.reset();
      CountingJobListener counter = new CountingJobListener();
      restarted.scheduler().getListenerManager().addJobListener(counter,
          KeyMatcher.keyEquals(DeadlineSweepScheduling.JOB));
      DeadlineSweepScheduling.register(restarted.scheduler(), Duration.ofMillis(300));

      restarted.start();

      await().atMost(Duration.ofSeconds(60)).until(() -> deadlines.listForProcessInstance(instance.getId()).get(0)
          .status() == DeadlineStatus.FIRED);
      await().atMost(Duration.ofSeconds(30)).until(() -> counter.sweeps() >= 3); // later sweeps find nothing more
      DeadlineView fired = deadlines.listForProcessInstance(instance.getId()).get(0);
      assertThat(fired.outcome()).isEqualTo(DeadlineOutcome.CORRELATED);
      assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
          .processInstanceId(instance.getId()).activityId("Event_AnswerDeadlinePassed").count()).isEqualTo(1);
      assertThat(events.of(DeadlineFired.class)).filteredOn(e -> e.processInstanceId().equals(instance.getId()))
          .hasSize(1);
    } finally {
      DeadlineSweepScheduling.register(scheduler, Duration.ZERO);
      events.close();
      scheduler.start();
    }
  }
}
