package org.creditcommitment.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class DeadlineServiceTest extends IntegrationTest {

  @Autowired DeadlineService deadlines;
  @Autowired DeadlineFiring firing;
  @Autowired DeadlineSweep sweep;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired WorkingDayCalendar calendar;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired ApplicationContext context;

  RecordedEvents events;

  @BeforeEach
  void deployAndRecord() {
    DeadlineTestProcesses.deploy(processEngine.getRepositoryService());
    events = new RecordedEvents(context);
  }

  @AfterEach
  void resetClockAndStopRecording() {
    clock.reset();
    events.close();
  }

  ProcessInstance startTaskProcess(String spec, String reminder) {
    return runtimeService.startProcessInstanceByKey(DeadlineTestProcesses.TASK_PROCESS, "DL-" + System.nanoTime(),
        Map.of("deadlineSpec", spec, "deadlineReminder", reminder));
  }

  DeadlineView only(ProcessInstance instance) {
    List<DeadlineView> all = deadlines.listForProcessInstance(instance.getId());
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  boolean endedAt(ProcessInstance instance, String endEventId) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(endEventId).finished().count() == 1;
  }

  @Test
  void theSweepFiresAPassedDeadlineIntoItsWaitingProcess() {
    ProcessInstance instance = startTaskProcess("PT1M", "");
    DeadlineView scheduled = only(instance);
    assertThat(scheduled.status()).isEqualTo(DeadlineStatus.SCHEDULED);
    assertThat(scheduled.kind()).isEqualTo("objectionAnswer");

    clock.setInstant(scheduled.due().minusSeconds(1));
    sweep.sweep(List.of(instance.getId()));
    assertThat(only(instance).status()).as("not due yet").isEqualTo(DeadlineStatus.SCHEDULED);

    clock.setInstant(scheduled.due());
    assertThat(sweep.sweep(List.of(instance.getId()))).isPositive();

    assertThat(endedAt(instance, "Event_Escalated")).isTrue();
    DeadlineView fired = only(instance);
    assertThat(fired.status()).isEqualTo(DeadlineStatus.FIRED);
    assertThat(fired.outcome()).isEqualTo(DeadlineOutcome.CORRELATED);
    assertThat(fired.firedAt()).isNotNull();
    assertThat(events.of(DeadlineFired.class)).filteredOn(e -> e.processInstanceId().equals(instance.getId()))
        .singleElement().satisfies(e -> assertThat(e.correlated()).isTrue());
  }

  @Test
  void theListenerSchedulesTheDueInstantAndDateAndTheRemindersComputedWithTheCalendar() {
    // Thursday + 2 working days = Monday; no holiday data for 2035, so provisional.
    clock.setInstant(WorkingDayCalendarTestTime.at("2035-03-01T10:00"));
    ProcessInstance instance = startTaskProcess("2WD", "1WD");

    // the row is the one record of the date: the process keeps no copy
    assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKey("deadline_objectionAnswer_dueDate");
    assertThat(deadlines.dueDate(instance.getId(), "objectionAnswer")).contains(java.time.LocalDate.of(2035, 3, 5));
    DeadlineView deadline = only(instance);
    assertThat(deadline.provisional()).isTrue();
    assertThat(deadline.due()).isEqualTo(WorkingDayCalendarTestTime.at("2035-03-06T00:00"));
    assertThat(deadlines.list(instance.getBusinessKey())).containsExactly(deadline);
    assertThat(jdbc.queryForObject("select reminders from deadline where id = ?", String.class, deadline.id()))
        .isEqualTo(Long.toString(WorkingDayCalendarTestTime.at("2035-03-05T00:00").toEpochMilli()));
  }

  @Test
  void eachReminderIsSentOnceAtItsInstantAndTheDeadlineFiresAtItsDueInstant() {
    clock.setInstant(WorkingDayCalendarTestTime.at("2035-03-01T10:00"));
    ProcessInstance instance = startTaskProcess("2WD", "1WD");
    DeadlineView deadline = only(instance);
    Instant remindAt = WorkingDayCalendarTestTime.at("2035-03-05T00:00");

    clock.setInstant(remindAt.minusSeconds(1));
    sweep.sweep(List.of(instance.getId()));
    assertThat(events.of(DeadlineReminderDue.class)).isEmpty();

    clock.setInstant(remindAt);
    sweep.sweep(List.of(instance.getId()));
    sweep.sweep(List.of(instance.getId()));
    assertThat(events.of(DeadlineReminderDue.class)).containsExactly(new DeadlineReminderDue(instance.getId(),
        instance.getBusinessKey(), "objectionAnswer", deadline.due()));
    assertThat(only(instance).status()).isEqualTo(DeadlineStatus.REMINDED);
    assertThat(endedAt(instance, "Event_Escalated")).isFalse();

    clock.setInstant(deadline.due());
    sweep.sweep(List.of(instance.getId()));
    assertThat(endedAt(instance, "Event_Escalated")).isTrue();
    assertThat(events.of(DeadlineReminderDue.class)).hasSize(1);
    assertThat(events.of(DeadlineFired.class)).hasSize(1);
  }

  @Test
  void remindersMissedDuringADowntimeMakeOneReminderAndAPassedDeadlineFiresWithoutOne() {
    clock.setInstant(WorkingDayCalendarTestTime.at("2035-03-01T10:00"));
    ProcessInstance both = startTaskProcess("5WD", "2WD,1WD");
    ProcessInstance passed = startTaskProcess("5WD", "2WD,1WD");
    DeadlineView deadline = only(both);
    List<String> ids = List.of(both.getId(), passed.getId());

    // down from before the first reminder until after the second, the deadline not yet passed
    clock.setInstant(deadline.due().minus(Duration.ofHours(1)));
    sweep.sweep(List.of(both.getId()));
    assertThat(events.of(DeadlineReminderDue.class)).singleElement()
        .satisfies(r -> assertThat(r.processInstanceId()).isEqualTo(both.getId()));

    // down until after the deadline: a reminder that it is due soon would be wrong, the deadline fires once
    clock.setInstant(deadline.due().plus(Duration.ofDays(2)));
    sweep.sweep(ids);
    assertThat(events.of(DeadlineReminderDue.class)).hasSize(1);
    assertThat(events.of(DeadlineFired.class)).extracting(DeadlineFired::processInstanceId)
        .containsExactlyInAnyOrderElementsOf(ids);
    assertThat(endedAt(both, "Event_Escalated")).isTrue();
    assertThat(endedAt(passed, "Event_Escalated")).isTrue();
    assertThat(sweep.sweep(ids)).isZero();
  }

  @Test
  void twoSweepsAtOnceLikeTwoNodesFireEachDeadlineOnce() throws Exception {
    List<ProcessInstance> instances = new java.util.ArrayList<>();
    for (int i = 0; i < 30; i++) {
      instances.add(startTaskProcess("PT1M", ""));
    }
    clock.setInstant(clock.instant().plus(Duration.ofMinutes(2)));
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<String> ids = instances.stream().map(ProcessInstance::getId).toList();
      Future<Integer> a = nodes.submit(() -> sweep.sweep(ids));
      Future<Integer> b = nodes.submit(() -> sweep.sweep(ids));
      assertThat(a.get() + b.get()).isGreaterThanOrEqualTo(instances.size());
    } finally {
      nodes.shutdownNow();
    }

    Map<String, Long> fired = events.of(DeadlineFired.class).stream()
        .collect(Collectors.groupingBy(DeadlineFired::processInstanceId, Collectors.counting()));
    assertThat(instances).allSatisfy(p -> {
      assertThat(fired.get(p.getId())).isEqualTo(1);
      assertThat(endedAt(p, "Event_Escalated")).isTrue();
      assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(p.getId())
          .activityId("Event_AnswerDeadlinePassed").count()).isEqualTo(1);
    });
  }

  @Test
  void aReminderPublishesItsEventOnceAndTheDeadlineCanStillFire() {
    clock.setInstant(WorkingDayCalendarTestTime.at("2035-03-01T10:00"));
    ProcessInstance instance = startTaskProcess("2WD", "1WD");
    DeadlineView deadline = only(instance);
    Instant remindAt = WorkingDayCalendarTestTime.at("2035-03-05T00:00");

    firing.remind(deadline.id(), remindAt);
    firing.remind(deadline.id(), remindAt);

    assertThat(events.of(DeadlineReminderDue.class)).containsExactly(new DeadlineReminderDue(instance.getId(),
        instance.getBusinessKey(), "objectionAnswer", deadline.due()));
    assertThat(only(instance).status()).isEqualTo(DeadlineStatus.REMINDED);

    firing.fire(deadline.id());
    assertThat(endedAt(instance, "Event_Escalated")).isTrue();
  }

  @Test
  void aDeadlineCancelledWhenTheWaitEndsNeverFires() {
    ProcessInstance instance = startTaskProcess("5WD", "");
    DeadlineView deadline = only(instance);

    taskService.complete(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId());

    assertThat(endedAt(instance, "Event_Answered")).isTrue();
    assertThat(only(instance).status()).isEqualTo(DeadlineStatus.CANCELLED);
    assertThat(only(instance).cancelledAt()).isNotNull();
    clock.setInstant(deadline.due().plusSeconds(1));
    sweep.sweep(List.of(instance.getId()));
    assertThat(only(instance).status()).isEqualTo(DeadlineStatus.CANCELLED);
    assertThat(events.of(DeadlineCancelled.class)).extracting(DeadlineCancelled::processInstanceId)
        .containsExactly(instance.getId());

    firing.fire(deadline.id()); // a stray trigger, had one survived
    assertThat(only(instance).status()).isEqualTo(DeadlineStatus.CANCELLED);
    assertThat(events.of(DeadlineFired.class)).isEmpty();
  }

  @Test
  void aDeadlineWhoseProcessMovedOnDoesNothingAndIsMarked() {
    ProcessInstance instance = startTaskProcess("5WD", "");
    String materials = deadlines.schedule(instance.getId(), instance.getBusinessKey(), "materials",
        clock.instant().plus(Duration.ofDays(3)), List.of());

    firing.fire(materials);

    DeadlineView fired = deadlines.listForProcessInstance(instance.getId()).stream()
        .filter(d -> d.id().equals(materials)).findFirst().orElseThrow();
    assertThat(fired.status()).isEqualTo(DeadlineStatus.FIRED);
    assertThat(fired.outcome()).isEqualTo(DeadlineOutcome.NOT_WAITING);
    assertThat(runtimeService.getActiveActivityIds(instance.getId())).containsExactly("Task_AnswerObjection");
    assertThat(events.of(DeadlineFired.class)).singleElement().satisfies(e -> assertThat(e.correlated()).isFalse());
  }

  @Test
  void firingTwiceHasOneEffect() {
    ProcessInstance instance = startTaskProcess("5WD", "");
    DeadlineView deadline = only(instance);

    firing.fire(deadline.id());
    firing.fire(deadline.id());

    assertThat(endedAt(instance, "Event_Escalated")).isTrue();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("Event_AnswerDeadlinePassed").count()).isEqualTo(1);
    assertThat(events.of(DeadlineFired.class)).hasSize(1);
    assertThat(only(instance).outcome()).isEqualTo(DeadlineOutcome.CORRELATED);
  }

  @Test
  void schedulingTheSameKindAgainReplacesTheActiveDeadline() {
    ProcessInstance instance = startTaskProcess("5WD", "");
    String first = only(instance).id();

    String second = deadlines.schedule(instance.getId(), instance.getBusinessKey(), "objectionAnswer",
        clock.instant().plus(Duration.ofDays(9)), List.of());

    assertThat(deadlines.listForProcessInstance(instance.getId())).extracting(DeadlineView::id, DeadlineView::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(first, DeadlineStatus.CANCELLED),
            org.assertj.core.groups.Tuple.tuple(second, DeadlineStatus.SCHEDULED));
    clock.setInstant(clock.instant().plus(Duration.ofDays(8)));
    sweep.sweep(List.of(instance.getId()));
    assertThat(events.of(DeadlineFired.class)).as("the replaced deadline never fires").isEmpty();
  }

  @Test
  void aRolledBackStepLeavesNoDeadlineAndNoProcess() {
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);
    String[] ids = new String[2];

    transaction.executeWithoutResult(status -> {
      ids[0] = startTaskProcess("5WD", "1WD").getId();
      ids[1] = deadlines.schedule("no-such-process-" + System.nanoTime(), "DL-RB", "signing",
          clock.instant().plus(Duration.ofDays(2)), List.of(clock.instant().plus(Duration.ofDays(1))));
      assertThat(deadlines.listForProcessInstance(ids[0])).hasSize(1);
      status.setRollbackOnly();
    });

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(ids[0]).count()).isZero();
    assertThat(deadlines.listForProcessInstance(ids[0])).isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from deadline where id = ?", Integer.class, ids[1])).isZero();
  }

  @Test
  void aDeadlineInAYearWithoutDataIsProvisionalAndSaysSoOnTheCase() {
    // no holiday data for 2040
    clock.setInstant(WorkingDayCalendarTestTime.at("2040-12-28T10:00"));
    ProcessInstance instance = startTaskProcess("3WD", "");

    assertThat(deadlines.dueDate(instance.getId(), "objectionAnswer")).contains(java.time.LocalDate.of(2041, 1, 2));
    assertThat(deadlines.list(instance.getBusinessKey())).singleElement()
        .satisfies(d -> assertThat(d.provisional()).isTrue());
    assertThat(http.get("/api/deadlines?businessKey=" + instance.getBusinessKey(), "clerk").body())
        .contains("\"provisional\":true").contains("\"status\":\"SCHEDULED\"");
  }

  @Test
  void anEventBasedGatewayWaitsForTheMessageOrTheDeadline() {
    ProcessInstance supplied = runtimeService.startProcessInstanceByKey(DeadlineTestProcesses.GATEWAY_PROCESS,
        "DL-GW-" + System.nanoTime());
    ProcessInstance missed = runtimeService.startProcessInstanceByKey(DeadlineTestProcesses.GATEWAY_PROCESS,
        "DL-GW-" + System.nanoTime());

    runtimeService.createMessageCorrelation("MaterialsSupplemented").processInstanceId(supplied.getId()).correlate();
    firing.fire(only(missed).id());

    assertThat(endedAt(supplied, "Event_Complete")).isTrue();
    assertThat(only(supplied).status()).isEqualTo(DeadlineStatus.CANCELLED);
    assertThat(endedAt(missed, "Event_Breach")).isTrue();
    assertThat(only(missed).outcome()).isEqualTo(DeadlineOutcome.CORRELATED);
  }

  @Test
  void aBadSpecInTheModelFailsTheStepWithAClearMessage() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> startTaskProcess("two days", ""))
        .hasMessageContaining("Invalid deadline spec 'two days'");
  }

  /** Local Shanghai time → instant, for readable test data. */
  static final class WorkingDayCalendarTestTime {
    static Instant at(String localDateTime) {
      return LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendar.ZONE).toInstant();
    }
  }
}
