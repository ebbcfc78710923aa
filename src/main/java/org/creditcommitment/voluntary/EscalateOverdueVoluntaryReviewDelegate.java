package org.creditcommitment.voluntary;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 督办超期审查: the review period passed; the credit office is told by e-mail, the task stays with the department. */
@Component("escalateOverdueVoluntaryReviewDelegate")
class EscalateOverdueVoluntaryReviewDelegate implements JavaDelegate {

  private final VoluntarySteps steps;

  EscalateOverdueVoluntaryReviewDelegate(VoluntarySteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.escalateReview(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
  }
}
