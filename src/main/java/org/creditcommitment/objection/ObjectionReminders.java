package org.creditcommitment.objection;

import java.time.LocalDate;

import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.deadline.DeadlineReminderDue;
import org.creditcommitment.notification.Notification;
import org.creditcommitment.notification.NotificationType;
import org.creditcommitment.notification.Notifications;
import org.creditcommitment.security.Groups;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Reminds the data providers before an objection answer falls due (queued in the reminder's transaction). */
@Component
class ObjectionReminders {

  static final String KIND = "objectionAnswer";

  private final Notifications notifications;

  ObjectionReminders(Notifications notifications) {
    this.notifications = notifications;
  }

  @EventListener
  void remind(DeadlineReminderDue reminder) {
    if (!KIND.equals(reminder.kind()) || reminder.businessKey() == null) {
      return;
    }
    // a day-based deadline passes at 24:00 of its last day, written as 00:00 of the next one
    LocalDate due = LocalDate.ofInstant(reminder.due().minusMillis(1), WorkingDayCalendar.ZONE);
    notifications.queue(Notification.of(NotificationType.DEADLINE_REMINDER, reminder.businessKey())
        .toGroup(Groups.PROVIDER).with("taskName", "核实并答复信用异议").with("deadline", due)
        .dedupKey(reminder.businessKey() + ":reminder:" + KIND + ":" + reminder.due().toEpochMilli())
        .build());
  }
}
