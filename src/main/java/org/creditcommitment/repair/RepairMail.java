package org.creditcommitment.repair;

import org.creditcommitment.notification.Notification;
import org.creditcommitment.notification.NotificationType;
import org.creditcommitment.notification.Notifications;
import org.springframework.stereotype.Component;

/** Queues the repair application's e-mails in the step's transaction, deduplicated per application and step. */
@Component
class RepairMail {

  private final Notifications notifications;

  RepairMail(Notifications notifications) {
    this.notifications = notifications;
  }

  Notification.Builder toSubject(RepairFacts facts, NotificationType type, String step) {
    String no = facts.repairNo();
    return Notification.of(type, no).to(facts.subjectEmail())
        .with("subjectName", facts.subjectName())
        .with("recordSummary", facts.recordSummary())
        .dedupKey(no + ":" + type + ":" + step);
  }

  void queue(Notification.Builder mail) {
    notifications.queue(mail.build());
  }
}
