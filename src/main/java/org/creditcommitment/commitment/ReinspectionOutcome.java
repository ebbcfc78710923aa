package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** 整改复查: the result, its findings and the inspector, as for the first inspection. */
@Component
class ReinspectionOutcome implements TaskOutcome {

  private final Cases cases;

  ReinspectionOutcome(Cases cases) {
    this.cases = cases;
  }

  @Override
  public String taskKey() {
    return "Task_Reinspect";
  }

  @Override
  public void record(DelegateTask task, String caseNo, String user) {
    InspectionOutcome.recordResult(cases, task, caseNo, user);
  }
}
