package org.creditcommitment.notification;

import org.creditcommitment.deadline.DeadlineKind;
import org.creditcommitment.deadline.DeadlineKinds;
import org.creditcommitment.deadline.DeadlineReminderDue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails the officers a deadline kind's declaration names before a deadline of that kind falls due (queued in the
 * reminder's transaction).
 */
@Component
class OfficerReminders {

  private final Notifications notifications;
  private final DeadlineKinds kinds;

  OfficerReminders(Notifications notifications, DeadlineKinds kinds) {
    this.notifications = notifications;
    this.kinds = kinds;
  }

  @EventListener
  void remind(DeadlineReminderDue due) {
    DeadlineKind kind = kinds.find(due.kind()).orElse(null);
    if (kind == null) {
      return;
    }
    kind.reminded().groupFor(due.businessKey()).ifPresent(group -> notifications.queue(
        Notification.of(NotificationType.DEADLINE_REMINDER, due.businessKey()).toGroup(group)
            .with("taskName", kind.reminded().taskName()).with("deadline", kind.lastDay(due.due()))
            .dedupKey(due.businessKey() + ":reminder:" + due.kind() + ":" + due.due().toEpochMilli()).build()));
  }
}
