package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Called by every end event of commitment-lifecycle ({@code ${caseEnd.record(execution, 'FULFILLED')}}):
 * the end state is stored on the case, the one place every module reads it from.
 */
@Component("caseEnd")
public class CaseEnd {

  private final Cases cases;

  CaseEnd(Cases cases) {
    this.cases = cases;
  }

  public void record(DelegateExecution execution, String endState) {
    EndState.valueOf(endState);
    cases.recordEnd(execution.getProcessBusinessKey(), endState);
  }
}
