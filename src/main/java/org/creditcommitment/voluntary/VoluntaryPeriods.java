package org.creditcommitment.voluntary;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The deadline specs of voluntary-commitment.bpmn, read from the row (BPMN: {@code ${voluntaryPeriods.review(execution)}},
 * {@code ${voluntaryPeriods.validityLeft(execution)}}), so the process keeps no copy of them.
 */
@Component("voluntaryPeriods")
public class VoluntaryPeriods {

  private final VoluntarySteps steps;

  VoluntaryPeriods(VoluntarySteps steps) {
    this.steps = steps;
  }

  public String review(DelegateExecution execution) {
    return steps.reviewPeriod(execution.getProcessBusinessKey());
  }

  public String validityLeft(DelegateExecution execution) {
    return steps.validityLeft(execution.getProcessBusinessKey());
  }
}
