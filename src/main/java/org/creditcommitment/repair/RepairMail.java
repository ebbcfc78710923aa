package org.creditcommitment.repair;

import org.camunda.bpm.engine.delegate.VariableScope;
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

  Notification.Builder toSubject(VariableScope scope, NotificationType type, String step) {
    String no = (String) scope.getVariable("repairNo");
    return Notification.of(type, no).to((String) scope.getVariable("subjectEmail"))
        .with("subjectName", scope.getVariable("subjectName"))
        .with("recordSummary", scope.getVariable("recordSummary"))
        .dedupKey(no + ":" + type + ":" + step);
  }

  void queue(Notification.Builder mail) {
    notifications.queue(mail.build());
  }
}
