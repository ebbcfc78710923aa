package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.creditcommitment.notification.Notification;
import org.creditcommitment.notification.NotificationType;
import org.creditcommitment.security.Groups;
import org.springframework.stereotype.Component;

/** Overdue work (督办): the responsible group and the credit office are told; the task stays open. */
@Component
class Escalations {

  private final CaseMail mail;

  Escalations(CaseMail mail) {
    this.mail = mail;
  }

  void escalate(DelegateExecution execution, String taskName, String responsibleGroup, String kind) {
    String caseNo = execution.getProcessBusinessKey();
    Object due = execution.getVariable("deadline_" + kind + "_dueDate");
    mail.queue(Notification.of(NotificationType.ESCALATION, caseNo)
        .toGroup(Groups.CREDIT_OFFICE).toGroup(responsibleGroup)
        .with("taskName", taskName).with("responsibleGroup", responsibleGroup)
        .with("deadline", due == null ? "已届满" : java.time.LocalDate.parse(due.toString()))
        .dedupKey(caseNo + ":escalation:" + kind));
    execution.setVariable(kind + "Overdue", true);
  }
}
