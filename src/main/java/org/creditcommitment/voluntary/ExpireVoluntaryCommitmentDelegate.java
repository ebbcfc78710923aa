package org.creditcommitment.voluntary;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记承诺到期: the validity deadline passed; status EXPIRED. */
@Component("expireVoluntaryCommitmentDelegate")
class ExpireVoluntaryCommitmentDelegate implements JavaDelegate {

  private final VoluntarySteps steps;

  ExpireVoluntaryCommitmentDelegate(VoluntarySteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.expire(execution.getProcessBusinessKey());
  }
}
