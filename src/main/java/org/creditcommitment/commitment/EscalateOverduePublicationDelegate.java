package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.security.Groups;
import org.springframework.stereotype.Component;

/**
 * 公示超期督办: a decision or punishment was not published within its period (汕府办函〔2021〕17号 (二十一)); the credit
 * office is told, the push goes on retrying.
 */
@Component("escalateOverduePublicationDelegate")
class EscalateOverduePublicationDelegate implements JavaDelegate {

  private final Escalations escalations;

  EscalateOverduePublicationDelegate(Escalations escalations) {
    this.escalations = escalations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    escalations.escalate(execution, "信息公示（作出决定后7个工作日内）", Groups.CREDIT_OFFICE, PublicationDeadline.KIND);
  }
}
