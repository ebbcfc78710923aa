package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.creditcommitment.deadline.DeadlineService;
import org.creditcommitment.notification.Notification;
import org.creditcommitment.notification.NotificationType;
import org.creditcommitment.security.Groups;
import org.springframework.stereotype.Component;

/** Overdue work (督办): the responsible group and the credit office are told; the task stays open. */
@Component
class Escalations {

  private final CaseMail mail;
  private final DeadlineService deadlines;

  Escalations(CaseMail mail, DeadlineService deadlines) {
    this.deadlines = deadlines;
    this.mail = mail;
  }

  void escalate(DelegateExecution execution, String taskName, String responsibleGroup, String kind) {
    String caseNo = execution.getProcessBusinessKey();
    Object due = deadlines.dueDate(execution.getProcessInstanceId(), kind).orElse(null);
    mail.queue(Notification.of(NotificationType.ESCALATION, caseNo)
        .toGroup(Groups.CREDIT_OFFICE).toGroup(responsibleGroup)
        .with("taskName", taskName).with("responsibleGroup", responsibleGroup)
        .with("deadline", due == null ? "已届满" : due)
        .dedupKey(caseNo + ":escalation:" + kind));
  }
}
