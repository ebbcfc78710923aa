package org.creditcommitment.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.TestDatabase;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.impl.matchers.KeyMatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Two application nodes on one PostgreSQL: the clustered sweep fires each deadline on exactly one node. */
@org.junit.jupiter.api.Tag("postgres-only")
class DeadlineClusterTest extends IntegrationTest {

  private static final int DEADLINES = 50;

  @Autowired DeadlineService deadlines;
  @Autowired Scheduler scheduler;
  @Autowired HistoryService historyService;
  @Autowired ApplicationContext context;

  @Test
  void twoClusteredSchedulersSweepingTogetherFireEachOfManyDeadlinesExactlyOnce() throws Exception {
    assumeTrue(TestDatabase.isPostgres(), "Quartz runs clustered on PostgreSQL only");
    DeadlineTestProcesses.deploy(processEngine.getRepositoryService());
    CountingJobListener counter = new CountingJobListener();
    KeyMatcher<org.quartz.JobKey> sweepJob = KeyMatcher.keyEquals(DeadlineSweepScheduling.JOB);
    scheduler.getListenerManager().addJobListener(counter, sweepJob);
    RecordedEvents events = new RecordedEvents(context);
    try (ExtraScheduler secondNode = new ExtraScheduler(context, "second-node-" + System.nanoTime())) {
      assertThat(secondNode.scheduler().getMetaData().isJobStoreClustered()).isTrue();
      secondNode.scheduler().getListenerManager().addJobListener(counter, sweepJob);
      secondNode.start();
      DeadlineSweepScheduling.register(scheduler, Duration.ofMillis(200));

      List<ProcessInstance> instances = new ArrayList<>();
      for (int i = 0; i < DEADLINES; i++) {
        instances.add(processEngine.getRuntimeService().startProcessInstanceByKey(DeadlineTestProcesses.TASK_PROCESS,
            "DL-CLUSTER-" + System.nanoTime(), Map.of("deadlineSpec", "PT3S", "deadlineReminder", "")));
      }

      await().atMost(Duration.ofSeconds(120)).until(() -> historyService.createHistoricProcessInstanceQuery()
          .finished().processInstanceIds(instances.stream().map(ProcessInstance::getId).collect(Collectors.toSet()))
          .count() == DEADLINES);

      assertThat(counter.sweeps()).isPositive();
      assertThat(instances).allSatisfy(p -> assertThat(historyService.createHistoricActivityInstanceQuery()
          .processInstanceId(p.getId()).activityId("Event_AnswerDeadlinePassed").count()).isEqualTo(1));
      assertThat(instances).allSatisfy(p -> assertThat(deadlines.listForProcessInstance(p.getId())).singleElement()
          .satisfies(d -> assertThat(d.outcome()).isEqualTo(DeadlineOutcome.CORRELATED)));
      assertThat(events.of(DeadlineFired.class).stream().filter(e -> e.kind().equals("objectionAnswer"))
          .collect(Collectors.groupingBy(DeadlineFired::processInstanceId, Collectors.counting())))
          .hasSize(DEADLINES).allSatisfy((pid, fired) -> assertThat(fired).isEqualTo(1));
    } finally {
      DeadlineSweepScheduling.register(scheduler, Duration.ZERO);
      scheduler.getListenerManager().removeJobListener(counter.getName());
      events.close();
    }
  }
}
