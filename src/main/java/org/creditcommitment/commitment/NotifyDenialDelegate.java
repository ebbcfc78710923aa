package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.notification.NotificationType;
import org.springframework.stereotype.Component;

/** 告知不予许可: not accepted by the clerk or denied by the approver; the applicant gets the reason. */
@Component("notifyDenialDelegate")
class NotifyDenialDelegate implements JavaDelegate {

  private final Cases cases;
  private final CaseMail mail;

  NotifyDenialDelegate(Cases cases, CaseMail mail) {
    this.cases = cases;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean notAccepted = "REJECT".equals(execution.getVariable("acceptanceDecision"));
    String reason = cases.facts(execution.getProcessBusinessKey()).denialReason();
    if (reason == null || reason.isBlank()) {
      reason = notAccepted ? "申请不符合受理条件。" : "申请不符合许可条件。";
    }
    if (!notAccepted) {
      cases.recordDecided(execution.getProcessBusinessKey());
    }
    mail.queue(mail.toApplicant(execution, NotificationType.DECISION_DENIED, "denied").with("reason", reason));
  }
}
