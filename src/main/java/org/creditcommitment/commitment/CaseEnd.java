package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Called by every end event of commitment-lifecycle ({@code ${caseEnd.record(execution, 'FULFILLED')}}):
 * the end state becomes the process variable {@code endState} and is stored on the case.
 */
@Component("caseEnd")
public class CaseEnd {

  public static final String VARIABLE = "endState";
  private final Cases cases;

  CaseEnd(Cases cases) {
    this.cases = cases;
  }

  public void record(DelegateExecution execution, String endState) {
    EndState.valueOf(endState);
    execution.setVariable(VARIABLE, endState);
    cases.recordEnd(execution.getProcessBusinessKey(), endState);
  }
}
