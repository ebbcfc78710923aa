package org.creditcommitment.repair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Called by the end event of credit-repair ({@code ${repairEnd.record(execution)}}): stores the outcome with what the
 * subject was told and closes the application.
 */
@Component("repairEnd")
public class RepairEnd {

  private final Repairs repairs;
  private final RepairContext context;

  RepairEnd(Repairs repairs, RepairContext context) {
    this.repairs = repairs;
    this.context = context;
  }

  public void record(DelegateExecution execution) {
    String outcome = (String) execution.getVariable(RepairOutcome.VARIABLE);
    RepairOutcome.valueOf(outcome);
    RepairFacts facts = context.of(execution, execution.getProcessBusinessKey());
    repairs.end(facts.repairNo(), outcome, RepairContext.explanation(execution, facts.repair()));
  }
}
