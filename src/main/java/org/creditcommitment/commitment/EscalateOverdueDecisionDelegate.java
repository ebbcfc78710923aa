package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.catalogue.DepartmentGroups;
import org.springframework.stereotype.Component;

/** 督办超期决定: the decision time limit passed; the approvers of the department and the credit office are told. */
@Component("escalateOverdueDecisionDelegate")
class EscalateOverdueDecisionDelegate implements JavaDelegate {

  private final Escalations escalations;

  EscalateOverdueDecisionDelegate(Escalations escalations) {
    this.escalations = escalations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    escalations.escalate(execution, "作出行政决定",
        DepartmentGroups.approvers((String) execution.getVariable("department")), "decision");
  }
}
