package org.creditcommitment.voluntary;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * 核验主体名称: the subject's name of a commitment filed while the credit platform was away, checked before anyone
 * reviews or publishes it. Asynchronous with the retry cycle of every platform call: while the platform is still
 * away the job is retried and then waits as an incident.
 */
@Component("verifyVoluntaryNameDelegate")
class VerifyVoluntaryNameDelegate implements JavaDelegate {

  private final VoluntarySteps steps;

  VerifyVoluntaryNameDelegate(VoluntarySteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean mismatch = steps.verifyName(execution.getProcessBusinessKey());
    execution.setVariable(VoluntarySteps.NAME_MISMATCH, Variables.booleanValue(mismatch, true));
  }
}
