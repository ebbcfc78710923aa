package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.notification.NotificationType;
import org.springframework.stereotype.Component;

/** 告知撤回结果 / 告知视为放弃: the case closes without a decision; the applicant is told which and why. */
@Component("notifyCaseClosedDelegate")
class NotifyCaseClosedDelegate implements JavaDelegate {

  private final CaseMail mail;
  private final Cases cases;

  NotifyCaseClosedDelegate(CaseMail mail, Cases cases) {
    this.cases = cases;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean withdrawn = "Task_NotifyWithdrawal".equals(execution.getCurrentActivityId());
    EndState state = withdrawn ? EndState.WITHDRAWN : EndState.ABANDONED;
    String given = cases.facts(execution.getProcessBusinessKey()).withdrawalReason();
    String reason = withdrawn ? (given == null ? "申请人主动撤回申请。" : "申请人撤回申请：" + given)
        : "申请人未在期限内签署信用承诺书，申请视为放弃。";
    mail.queue(mail.toApplicant(execution, NotificationType.CASE_CLOSED, state.name())
        .with("outcome", state.label()).with("reason", reason));
  }
}
