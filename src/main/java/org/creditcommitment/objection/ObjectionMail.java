package org.creditcommitment.objection;

import org.creditcommitment.notification.Notification;
import org.creditcommitment.notification.NotificationType;
import org.creditcommitment.notification.Notifications;
import org.springframework.stereotype.Component;

/** Queues the objection's e-mails in the step's transaction, deduplicated per objection and step. */
@Component
class ObjectionMail {

  private final Notifications notifications;

  ObjectionMail(Notifications notifications) {
    this.notifications = notifications;
  }

  /** A mail to the subject with subjectName and recordSummary set. */
  Notification.Builder toSubject(ObjectionFacts facts, NotificationType type) {
    String no = facts.objectionNo();
    return Notification.of(type, no).to(facts.subjectEmail())
        .with("subjectName", facts.subjectName())
        .with("recordSummary", facts.recordSummary())
        .dedupKey(no + ":" + type);
  }

  void queue(Notification.Builder mail) {
    notifications.queue(mail.build());
  }
}
