package org.creditcommitment.deadline;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A deadline as the case view and the audit show it.
 *
 * @param provisional computed for a year without holiday data (weekends only); the case should say so
 * @param outcome null until FIRED
 * @param suspendedAt when its clock stopped, while it stands (行政许可法 第四十五条); null while it runs
 */
public record DeadlineView(String id, String processInstanceId, String businessKey, String kind, Instant due,
    boolean provisional, DeadlineStatus status, DeadlineOutcome outcome, Instant createdAt, Instant remindedAt,
    Instant firedAt, Instant cancelledAt, Instant suspendedAt) {

  /** The last day on which the act is in time ({@link DeadlineKind#lastDayOf}). */
  public LocalDate dueDate() {
    return DeadlineKind.lastDayOf(due);
  }
}
