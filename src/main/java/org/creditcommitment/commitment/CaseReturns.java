package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Routing on returns (退回) for the lifecycle model, read from the case record rather than a process variable:
 * {@code ${caseReturns.returnedTo(execution, 'Task_InspectFulfilment')}} at the start of 承诺内容核查反馈, which a case
 * enters once from 承诺信息归集 and again only when the re-inspection returned it.
 */
@Component("caseReturns")
public class CaseReturns {

  private final CaseProcedure procedure;

  CaseReturns(CaseProcedure procedure) {
    this.procedure = procedure;
  }

  /** Whether the case was ever returned to this step. */
  public boolean returnedTo(DelegateExecution execution, String step) {
    return procedure.latestReturnTo(execution.getProcessBusinessKey(), step).isPresent();
  }
}
