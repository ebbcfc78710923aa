package org.creditcommitment.notification;

import java.time.LocalDate;
import java.util.List;

import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.deadline.DeadlineReminderDue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Mails the declared group before a deadline of its kind falls due (queued in the reminder's transaction). */
@Component
class OfficerReminders {

  private final Notifications notifications;
  private final List<OfficerReminder> reminders;

  OfficerReminders(Notifications notifications, List<OfficerReminder> reminders) {
    this.notifications = notifications;
    this.reminders = reminders;
  }

  @EventListener
  void remind(DeadlineReminderDue due) {
    if (due.businessKey() == null) {
      return;
    }
    // a day-based deadline passes at 24:00 of its last day, written as 00:00 of the next one
    LocalDate lastDay = LocalDate.ofInstant(due.due().minusMillis(1), WorkingDayCalendar.ZONE);
    reminders.stream().filter(r -> r.kind().equals(due.kind())).forEach(r -> notifications.queue(
        Notification.of(NotificationType.DEADLINE_REMINDER, due.businessKey()).toGroup(r.group())
            .with("taskName", r.taskName()).with("deadline", lastDay)
            .dedupKey(due.businessKey() + ":reminder:" + due.kind() + ":" + due.due().toEpochMilli()).build()));
  }
}
