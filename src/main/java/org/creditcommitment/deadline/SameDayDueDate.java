package org.creditcommitment.deadline;

import java.time.Clock;
import java.util.Date;
import java.util.EnumSet;

import org.creditcommitment.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * The product's rule for a user task no period runs for (no deadline of the law, a policy or the catalogue): it is
 * due at the end of the working day it is created on (0 working days, the next working day's end when created on a
 * day off). Such a task needs the official now (当场, as 中华人民共和国行政许可法 第三十二条 puts the first choice for a
 * notice to the applicant), so Tasklist's due-date order lists it with today's work, before every task due on a
 * later day, on every database; a task without a date would sort where the database puts "no date". A task is left
 * without a date only while a deadline of its process stands still (行政许可法 第四十五条), as {@link TaskDeadlines}
 * shows such a task, so it is never marked overdue for time that does not count.
 */
@Component
class SameDayDueDate {

  private static final EnumSet<DeadlineStatus> ACTIVE = EnumSet.of(DeadlineStatus.SCHEDULED, DeadlineStatus.REMINDED);

  private final WorkingDayCalendar calendar;
  private final DeadlineRepository deadlines;
  private final Clock clock;

  SameDayDueDate(WorkingDayCalendar calendar, DeadlineRepository deadlines, Clock clock) {
    this.calendar = calendar;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  /** The due date of an undated task of this process created now; null while one of its deadlines stands still. */
  Date forTaskCreatedNow(String processInstanceId) {
    if (processInstanceId != null && clockStands(processInstanceId)) {
      return null;
    }
    return Date.from(calendar.dueAfterWorkingDays(clock.instant(), 0).instant());
  }

  private boolean clockStands(String processInstanceId) {
    return deadlines.byProcessInstance(processInstanceId).stream()
        .anyMatch(d -> ACTIVE.contains(d.status()) && d.suspendedAt() != null);
  }
}
