package org.creditcommitment.commitment;

import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.creditcommitment.supervision.GreenChannel;
import org.springframework.stereotype.Component;

/**
 * {@code end} listener of 确定守信激励措施: records the benefits the applicant's grade and the red list earn on the
 * case, and the ones that change the handling: the services officials honour ({@link GrantedService}) and the green
 * channel's shorter decision period (平龙政服领办〔2022〕11号 三第3项; 普政数局〔2022〕25号 二（二）), which the case's
 * decision deadline then follows as the red list's always did.
 */
@Component("recordBenefitsListener")
class RecordBenefitsListener implements ExecutionListener {

  static final String NONE = "无";
  static final String GREEN_CHANNEL = "绿色通道";

  private final Cases cases;
  private final CasePeriods periods;
  private final GreenChannel greenChannel;

  RecordBenefitsListener(Cases cases, CasePeriods periods, GreenChannel greenChannel) {
    this.cases = cases;
    this.periods = periods;
    this.greenChannel = greenChannel;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String caseNo = execution.getProcessBusinessKey();
    DmnDecisionResult result = (DmnDecisionResult) execution.getVariable("decisionResult");
    // the grade and the red list may earn the same benefit (绿色通道): it is granted once
    List<String> benefits = result.collectEntries("benefit").stream().map(String::valueOf).distinct().toList();
    cases.record(caseNo, Cases.Fact.BENEFITS, benefits.isEmpty() ? NONE : String.join("、", benefits));
    cases.record(caseNo, Cases.Fact.GRANTED_SERVICES, GrantedService.stored(GrantedService.grantedBy(benefits)));
    if (benefits.contains(GREEN_CHANNEL)) {
      cases.record(caseNo, Cases.Fact.DECISION_PERIOD,
          greenChannel.decisionPeriod(periods.of(caseNo, "decision"), true));
    }
  }
}
