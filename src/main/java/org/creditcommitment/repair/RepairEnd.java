package org.creditcommitment.repair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.creditcommitment.system.StepInputs;
import org.springframework.stereotype.Component;

/** Called by the end event of credit-repair ({@code ${repairEnd.record(execution)}}): stores the outcome, closes the application. */
@Component("repairEnd")
public class RepairEnd {

  private final Repairs repairs;

  RepairEnd(Repairs repairs) {
    this.repairs = repairs;
  }

  public void record(DelegateExecution execution) {
    String outcome = (String) execution.getVariable(RepairOutcome.VARIABLE);
    RepairOutcome.valueOf(outcome);
    repairs.end((String) execution.getVariable("repairNo"), outcome, StepInputs.text(execution, "repairExplanation"));
  }
}
