package org.creditcommitment.repair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.notification.NotificationType;
import org.springframework.stereotype.Component;

/** 告知修复结果: repaired, refused with the reason, or refused as incomplete. */
@Component("sendRepairResultDelegate")
class SendRepairResultDelegate implements JavaDelegate {

  private final RepairMail mail;

  SendRepairResultDelegate(RepairMail mail) {
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RepairOutcome outcome = RepairOutcome.valueOf((String) execution.getVariable(RepairOutcome.VARIABLE));
    mail.queue(mail.toSubject(execution, NotificationType.REPAIR_RESULT, "result")
        .with("outcome", outcome.label)
        .with("explanation", RepairMail.text(execution, "repairExplanation")));
  }
}
