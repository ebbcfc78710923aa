package org.creditcommitment.repair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.notification.NotificationType;
import org.springframework.stereotype.Component;

/** 告知修复结果: repaired, refused with the reason, or refused as incomplete, in a 信用修复决定书 issued here. */
@Component("sendRepairResultDelegate")
class SendRepairResultDelegate implements JavaDelegate {

  private final RepairMail mail;
  private final RepairDocuments documents;
  private final RepairContext context;

  SendRepairResultDelegate(RepairMail mail, RepairDocuments documents, RepairContext context) {
    this.documents = documents;
    this.mail = mail;
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RepairFacts facts = context.of(execution, execution.getProcessBusinessKey());
    RepairOutcome outcome = RepairOutcome.valueOf((String) execution.getVariable(RepairOutcome.VARIABLE));
    String explanation = RepairContext.explanation(execution, facts.repair());
    mail.queue(mail.toSubject(facts, NotificationType.REPAIR_RESULT, "result")
        .with("outcome", outcome.label)
        .with("explanation", explanation)
        .with("documentLink", documents.link(documents.decision(facts, outcome, explanation))));
  }
}
