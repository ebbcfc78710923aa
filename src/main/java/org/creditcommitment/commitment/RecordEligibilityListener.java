package org.creditcommitment.commitment;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * {@code end} listener of 信用承诺资格判定: records the decision's answer on the case and hands the gateway that
 * follows in the same transaction whether the case is eligible. The engine keeps the decision's inputs and outputs
 * in its decision history; the process keeps nothing of it.
 */
@Component("recordEligibilityListener")
class RecordEligibilityListener implements ExecutionListener {

  private final Cases cases;

  RecordEligibilityListener(Cases cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateExecution execution) {
    DmnDecisionResult result = (DmnDecisionResult) execution.getVariable("decisionResult");
    Map<String, Object> answer = result.getSingleResult().getEntryMap();
    boolean eligible = Boolean.TRUE.equals(answer.get("eligible"));
    cases.recordEligibility(execution.getProcessBusinessKey(), eligible, (String) answer.get("reason"));
    cases.record(execution.getProcessBusinessKey(), Cases.Fact.ELIGIBILITY_CODE, answer.get("reasonCode"));
    execution.setVariable("eligible", Variables.booleanValue(eligible, true));
  }
}
