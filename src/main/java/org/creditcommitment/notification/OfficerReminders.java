package org.creditcommitment.notification;

import org.creditcommitment.deadline.DeadlineFired;
import org.creditcommitment.deadline.DeadlineKind;
import org.creditcommitment.deadline.DeadlineKinds;
import org.creditcommitment.deadline.DeadlineReminderDue;
import org.creditcommitment.security.Groups;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails the officers a deadline kind's declaration names before a deadline of that kind falls due, and (督办) when one
 * that no process step waits for has passed, queued in the reminder's or the firing's transaction.
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

  /**
   * A deadline passed and no process step escalates it (its kind names who is told instead): the officers and the
   * credit office get the same 超期督办 mail an overdue task gives.
   */
  @EventListener
  void escalate(DeadlineFired fired) {
    DeadlineKind kind = kinds.find(fired.kind()).orElse(null);
    if (kind == null || fired.escalatedTo() == null) {
      return;
    }
    notifications.queue(Notification.of(NotificationType.ESCALATION, fired.businessKey())
        .toGroup(Groups.CREDIT_OFFICE).toGroup(fired.escalatedTo())
        .with("taskName", kind.overdue().taskName()).with("responsibleGroup", fired.escalatedTo())
        .with("deadline", kind.lastDay(fired.due()))
        .dedupKey(fired.businessKey() + ":escalation:" + fired.kind() + ":" + fired.due().toEpochMilli()).build());
  }
}
