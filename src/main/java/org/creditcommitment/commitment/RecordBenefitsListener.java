package org.creditcommitment.commitment;

import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** {@code end} listener of 确定守信激励措施: records the benefits the applicant's grade earns on the case. */
@Component("recordBenefitsListener")
class RecordBenefitsListener implements ExecutionListener {

  static final String NONE = "无";

  private final Cases cases;

  RecordBenefitsListener(Cases cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateExecution execution) {
    DmnDecisionResult result = (DmnDecisionResult) execution.getVariable("decisionResult");
    List<Object> benefits = result.collectEntries("benefit");
    cases.record(execution.getProcessBusinessKey(), Cases.Fact.BENEFITS,
        benefits.isEmpty() ? NONE : String.join("、", benefits.stream().map(String::valueOf).toList()));
  }
}
