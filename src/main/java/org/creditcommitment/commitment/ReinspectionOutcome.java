package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** 整改复查: the result, its findings and the inspector, as for the first inspection; or a return to the inspection. */
@Component
class ReinspectionOutcome implements TaskOutcome {

  private final Cases cases;
  private final CaseReturnStep returns;

  ReinspectionOutcome(Cases cases, CaseReturnStep returns) {
    this.cases = cases;
    this.returns = returns;
  }

  @Override
  public String taskKey() {
    return "Task_Reinspect";
  }

  @Override
  public void record(DelegateTask task, String caseNo, String user) {
    if (CaseReturnStep.isReturn(task, "inspectionResult")) {
      returns.record(task, caseNo, user, "Event_ReinspectionReturned", "Task_InspectFulfilment");
      return;
    }
    InspectionOutcome.recordResult(cases, task, caseNo, user);
  }
}
