package org.creditcommitment.commitment;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.creditcommitment.supervision.KeySupervisionList;
import org.springframework.stereotype.Component;

/**
 * Everything the steps do only for cases started under an earlier release, which Camunda keeps running on the model
 * version they started on and which the steps of today meet half-way: the lifecycle model before the case record
 * (it read periods and decision results from process variables; {@code EarlierModelCasesFinishTest}) and a punishment
 * decided before its supervision months were recorded. Each method does nothing for a case on today's model.
 *
 * <p>Delete this class and its calls once no case started under those releases is still running (Cockpit, or
 * {@code act_ru_execution} joined to {@code act_re_procdef}: no {@code commitment-lifecycle} instance on a version
 * deployed before the case record), and with it the earlier-model tests that start such cases.
 */
@Component
class EarlierModelCases {

  /** Where the model before the case record read the inspection period from. */
  static final String INSPECTION_PERIOD = "inspectionDeadlineSpec";
  /** Where the model before the case record read the rectification period from. */
  static final String RECTIFICATION_PERIOD = "rectificationDeadlineSpec";

  private final Cases cases;
  private final KeySupervisionList keySupervision;

  EarlierModelCases(Cases cases, KeySupervisionList keySupervision) {
    this.cases = cases;
    this.keySupervision = keySupervision;
  }

  /** The drawn inspection period, where the earlier model computes the inspection deadline from a variable. */
  void keepInspectionPeriod(VariableScope scope, String period) {
    if (period != null && scope.hasVariable(INSPECTION_PERIOD)) {
      scope.setVariable(INSPECTION_PERIOD, period);
    }
  }

  /** The inspector's rectification period, where the earlier model computes the deadline from a variable. */
  void keepRectificationPeriod(VariableScope scope, String period) {
    if (period != null && scope.hasVariable(RECTIFICATION_PERIOD)) {
      scope.setVariable(RECTIFICATION_PERIOD, period);
    }
  }

  /**
   * The earlier model kept the decisions' results in the variables {@code eligibility} and {@code benefits} instead
   * of recording them when each decision ends; its case records them here, so its record holds the same facts.
   */
  void recordDecisionResults(DelegateExecution execution, String caseNo) {
    if (execution.getVariable("eligibility") instanceof Map<?, ?> eligibility) {
      cases.recordEligibility(caseNo, Boolean.TRUE.equals(eligibility.get("eligible")), (String) eligibility.get("reason"));
    }
    if (execution.getVariable("benefits") instanceof List<?> benefits) {
      cases.record(caseNo, Cases.Fact.BENEFITS, benefits.isEmpty() ? RecordBenefitsListener.NONE
          : String.join("、", benefits.stream().map(String::valueOf).toList()));
    }
  }

  /**
   * The months a punishment lists the subject under key supervision: a case whose approver decided before the period
   * was recorded (upgraded between the two steps) is listed for the configured default.
   */
  int supervisionMonths(CaseFacts facts) {
    return facts.supervisionMonths() != null ? facts.supervisionMonths() : keySupervision.measure().defaultMonths();
  }
}
