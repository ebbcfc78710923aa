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
    cases.recordEligibility(execution.getProcessBusinessKey(), eligible, reason(answer,
        execution.getVariable(CreditCheck.RECORDS_IN_FORCE)));
    cases.record(execution.getProcessBusinessKey(), Cases.Fact.ELIGIBILITY_CODE, answer.get("reasonCode"));
    execution.setVariable("eligible", Variables.booleanValue(eligible, true));
  }

  /**
   * The decision's reason; a bar by dishonesty records names them with their status, so a record under objection
   * reads 异议处理中 (it keeps its effect until the objection is decided).
   */
  static String reason(Map<String, Object> answer, Object recordsInForce) {
    String reason = (String) answer.get("reason");
    if ("COMMITMENT_BARRED".equals(answer.get("reasonCode")) && recordsInForce instanceof String records
        && !records.isBlank()) {
      return reason + "所涉失信记录：" + records + "。";
    }
    return reason;
  }
}
