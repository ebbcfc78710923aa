package org.creditcommitment.repair;

import java.time.LocalDate;

import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.deadline.DeadlineReminderDue;
import org.creditcommitment.notification.Notification;
import org.creditcommitment.notification.NotificationType;
import org.creditcommitment.notification.Notifications;
import org.creditcommitment.security.Groups;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Reminds the credit office before a repair's initial review falls due (queued in the reminder's transaction). */
@Component
class RepairReminders {

  static final String KIND = "repairReview";

  private final Notifications notifications;

  RepairReminders(Notifications notifications) {
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
        .toGroup(Groups.CREDIT_OFFICE).with("taskName", "初审信用修复申请").with("deadline", due)
        .dedupKey(reminder.businessKey() + ":reminder:" + KIND + ":" + reminder.due().toEpochMilli())
        .build());
  }
}
