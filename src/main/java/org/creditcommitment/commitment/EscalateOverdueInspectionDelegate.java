package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.catalogue.DepartmentGroups;
import org.springframework.stereotype.Component;

/** 督办超期核查: the inspection period passed; the inspectors of the department and the credit office are told. */
@Component("escalateOverdueInspectionDelegate")
class EscalateOverdueInspectionDelegate implements JavaDelegate {

  private final Escalations escalations;

  EscalateOverdueInspectionDelegate(Escalations escalations) {
    this.escalations = escalations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    escalations.escalate(execution, "履约践诺核查",
        DepartmentGroups.inspectors((String) execution.getVariable("department")), "inspection");
  }
}
