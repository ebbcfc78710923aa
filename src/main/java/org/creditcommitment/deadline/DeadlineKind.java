package org.creditcommitment.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.creditcommitment.calendar.WorkingDayCalendar;

/**
 * The one declaration of a deadline kind: a feature whose process sets deadlines of this kind declares it as a bean,
 * and {@link DeadlineKinds} collects them. The case history names the kind from it, reminders go to whom it says,
 * the model check refuses a process model that names a kind nobody declared, and docs/deadline-kinds.md is written
 * from the declarations.
 *
 * @param id the {@code kind} field of the deadline listeners and the {@code Deadline_<id>} message, e.g. signing
 * @param name the Chinese name the case history shows, e.g. 签署期限
 * @param period how the period is found, for the documentation (e.g. which setting or catalogue field)
 * @param reminded who is reminded before it passes
 * @param overdue who is told (督办, with the credit office) when it passes while no process step waits for it: a
 *     deadline kept from Java rather than by a catch event of the model (e.g. the service of a decision document); a
 *     kind whose model catches it escalates there, and declares {@link ReminderRecipients#none()}
 */
public record DeadlineKind(String id, String name, String period, ReminderRecipients reminded,
    ReminderRecipients overdue) {

  static final Pattern ID = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,39}");

  public DeadlineKind {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("Invalid deadline kind '" + id + "': letters and digits, starting with a letter");
    }
    if (name == null || name.isBlank() || period == null || period.isBlank() || reminded == null || overdue == null) {
      throw new IllegalArgumentException("Deadline kind " + id + " needs a Chinese name, a period and its reminded");
    }
  }

  /** A kind whose process waits for it (a catch event of the model): nobody is told from here when it passes. */
  public DeadlineKind(String id, String name, String period, ReminderRecipients reminded) {
    this(id, name, period, reminded, ReminderRecipients.none());
  }

  /** The last day on which the act is in time, as letters, mails and forms state it: see {@link #lastDayOf}. */
  public LocalDate lastDay(Instant due) {
    return lastDayOf(due);
  }

  /**
   * The last-day rule of every kind: a deadline passes at its due instant, so the last day in time is the day of the
   * instant just before it. A day-based period passes at 24:00 of its last day, stored as 00:00 of the next; an
   * hour-based one (e.g. 48H) passes during its last day, which is then the due instant's own day.
   */
  public static LocalDate lastDayOf(Instant due) {
    return due.minusNanos(1).atZone(WorkingDayCalendar.ZONE).toLocalDate();
  }
}
