package org.creditcommitment.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * When a deadline passes.
 *
 * @param dueDate the last day on which the act is in time (for working days: the N-th working day)
 * @param dueAt the instant the deadline passes, in Asia/Shanghai (+08:00); for day-based specs this is
 *     24:00 of {@code dueDate}, written as 00:00 of the next day
 * @param provisional true when a year without holiday data was involved and only weekends were skipped
 */
public record Due(LocalDate dueDate, OffsetDateTime dueAt, boolean provisional) {

  public Instant instant() {
    return dueAt.toInstant();
  }
}
