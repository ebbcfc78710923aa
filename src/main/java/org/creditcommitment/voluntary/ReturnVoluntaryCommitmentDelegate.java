package org.creditcommitment.voluntary;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 告知退回原因: status RETURNED and the subject gets the reason by e-mail: the reviewer's, or that the name filed while the
 * credit platform was away is not the registered one.
 */
@Component("returnVoluntaryCommitmentDelegate")
class ReturnVoluntaryCommitmentDelegate implements JavaDelegate {

  private final VoluntarySteps steps;

  ReturnVoluntaryCommitmentDelegate(VoluntarySteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.returnCommitment(execution.getProcessBusinessKey());
  }
}
