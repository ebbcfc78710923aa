package org.creditcommitment.commitment;

import static org.creditcommitment.system.StepInputs.text;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * 履约核查: the result, its findings and the inspector; on a breach the rectification period the inspector set (refused,
 * before anything is written, when it is longer than the item's); a false commitment found ({@link FalseCommitment}).
 */
@Component
class InspectionOutcome implements TaskOutcome {

  private final Cases cases;
  private final CasePeriods periods;
  private final EarlierModelCases earlierModel;

  InspectionOutcome(Cases cases, CasePeriods periods, EarlierModelCases earlierModel) {
    this.cases = cases;
    this.periods = periods;
    this.earlierModel = earlierModel;
  }

  @Override
  public String taskKey() {
    return "Task_InspectFulfilment";
  }

  @Override
  public void record(DelegateTask task, String caseNo, String user) {
    if (FalseCommitment.INSPECTION_RESULT.equals(task.getVariable("inspectionResult"))) {
      String findings = FalseCommitment.findings(task, FalseCommitment.INSPECTION_PATH,
          text(task, "inspectionFindings"));
      recordResult(cases, task, caseNo, user);
      cases.record(caseNo, Cases.Fact.FALSE_COMMITMENT_REASON, FalseCommitment.foundOnInspection(findings));
      return;
    }
    boolean breach = "NON_COMPLIANT".equals(task.getVariable("inspectionResult"));
    // checked first: a period longer than the item's refuses the whole submission, nothing is written
    String rectificationPeriod = breach
        ? periods.rectificationSetByInspector(caseNo, task.getVariable("rectificationWorkingDays")) : null;
    recordResult(cases, task, caseNo, user);
    if (breach) {
      cases.record(caseNo, Cases.Fact.RECTIFICATION_PERIOD, rectificationPeriod);
      earlierModel.keepRectificationPeriod(task, rectificationPeriod);
    }
  }

  /** The result and findings of an inspection or a reinspection, and who made it. */
  static void recordResult(Cases cases, DelegateTask task, String caseNo, String user) {
    cases.recordInspection(caseNo, String.valueOf(task.getVariable("inspectionResult")), user);
    cases.record(caseNo, Cases.Fact.INSPECTION_FINDINGS, text(task, "inspectionFindings"));
  }
}
