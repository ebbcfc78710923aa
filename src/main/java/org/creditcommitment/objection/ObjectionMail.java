package org.creditcommitment.objection;

import org.camunda.bpm.engine.delegate.VariableScope;
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
  Notification.Builder toSubject(VariableScope scope, NotificationType type) {
    String no = (String) scope.getVariable("objectionNo");
    return Notification.of(type, no).to((String) scope.getVariable("subjectEmail"))
        .with("subjectName", scope.getVariable("subjectName"))
        .with("recordSummary", scope.getVariable("recordSummary"))
        .dedupKey(no + ":" + type);
  }

  void queue(Notification.Builder mail) {
    notifications.queue(mail.build());
  }
}
