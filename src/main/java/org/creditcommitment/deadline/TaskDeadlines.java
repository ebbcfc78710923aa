package org.creditcommitment.deadline;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Due and follow-up dates of a user task that waits under a deadline, so Tasklist sorts by urgency and
 * marks overdue tasks: {@code camunda:dueDate="${taskDeadlines.due(execution, 'decision')}"} and
 * {@code camunda:followUpDate="${taskDeadlines.followUp(execution, 'decision')}"} (bpmn/README.md).
 * The deadline's start listener on the same task has written the row before the task is created, in the
 * same transaction, so the task shows exactly the deadline the sweep will fire.
 */
@Component("taskDeadlines")
public class TaskDeadlines {

  private final DeadlineRepository repository;

  TaskDeadlines(DeadlineRepository repository) {
    this.repository = repository;
  }

  /** When the deadline of this kind passes; null when the process has none active. */
  public Date due(DelegateExecution execution, String kind) {
    return repository.dueAndNext(execution.getProcessInstanceId(), kind).map(d -> Date.from(d[0])).orElse(null);
  }

  /** The first reminder before it (Tasklist's follow-up date); null without a reminder. */
  public Date followUp(DelegateExecution execution, String kind) {
    return repository.dueAndNext(execution.getProcessInstanceId(), kind)
        .filter(d -> d[1] != null && d[1].isBefore(d[0])).map(d -> Date.from((Instant) d[1])).orElse(null);
  }

  /**
   * The due and follow-up dates (either may be null) a task waiting under this deadline shows once the deadline moved
   * ({@link DeadlineService#postpone}, {@link DeadlineService#resume}); both null while its clock stands, so Tasklist
   * never marks overdue a task whose period is not running.
   */
  public Date[] datesOf(String processInstanceId, String kind) {
    boolean suspended = repository.active(processInstanceId, kind).stream().anyMatch(d -> d.suspendedAt() != null);
    if (suspended) {
      return new Date[2];
    }
    return repository.dueAndNext(processInstanceId, kind).map(d -> new Date[] {Date.from(d[0]),
        d[1] != null && d[1].isBefore(d[0]) ? Date.from(d[1]) : null}).orElse(new Date[2]);
  }
}
