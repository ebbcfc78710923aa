package org.creditcommitment.repair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.notification.NotificationType;
import org.creditcommitment.system.StepInputs;
import org.springframework.stereotype.Component;

/** 告知修复结果: repaired, refused with the reason, or refused as incomplete, in a 信用修复决定书 issued here. */
@Component("sendRepairResultDelegate")
class SendRepairResultDelegate implements JavaDelegate {

  private final RepairMail mail;
  private final RepairDocuments documents;

  SendRepairResultDelegate(RepairMail mail, RepairDocuments documents) {
    this.documents = documents;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RepairOutcome outcome = RepairOutcome.valueOf((String) execution.getVariable(RepairOutcome.VARIABLE));
    String explanation = StepInputs.text(execution, "repairExplanation");
    mail.queue(mail.toSubject(execution, NotificationType.REPAIR_RESULT, "result")
        .with("outcome", outcome.label)
        .with("explanation", explanation)
        .with("documentLink", documents.link(documents.decision(execution, outcome, explanation))));
  }
}
