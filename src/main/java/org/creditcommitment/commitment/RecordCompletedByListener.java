package org.creditcommitment.commitment;

import static org.creditcommitment.system.StepInputs.text;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.creditcommitment.system.StepInputs;
import org.springframework.stereotype.Component;

/**
 * Remembers who completed a task whose officer matters later (the clerk who accepted a case is never drawn to
 * inspect it, and the inspection feedback names the inspector) and writes the task's outcome to the case record,
 * in the task's transaction: acceptance (and its 受理 or 不予受理 notice), decision and the reason of a refusal, inspection result and findings, and
 * the rectification period an inspector set on finding a breach (refused, before anything is written, when it is
 * longer than the item's), and a false commitment found at the decision or on inspection ({@link FalseCommitment}).
 * The form's values reach this listener transient; the case record is where they are kept.
 */
@Component("recordCompletedByListener")
class RecordCompletedByListener implements TaskListener {

  /** What the lifecycle model before the case record read the rectification deadline from (a process variable). */
  static final String EARLIER_MODEL_RECTIFICATION_SPEC = "rectificationDeadlineSpec";

  private final IdentityService identity;
  private final Cases cases;
  private final CasePeriods periods;
  private final CaseDocuments documents;
  private final CaseMail mail;

  RecordCompletedByListener(IdentityService identity, Cases cases, CasePeriods periods, CaseDocuments documents,
      CaseMail mail) {
    this.documents = documents;
    this.mail = mail;
    this.identity = identity;
    this.cases = cases;
    this.periods = periods;
  }

  @Override
  public void notify(DelegateTask task) {
    String user = String.valueOf(StepInputs.completedBy(identity, task));
    String caseNo = task.getExecution().getProcessBusinessKey();
    switch (task.getTaskDefinitionKey()) {
      case "Task_AcceptApplication" -> {
        cases.recordAcceptance(caseNo, user);
        if ("REJECT".equals(task.getVariable("acceptanceDecision"))) {
          String reason = text(task, "rejectionReason");
          cases.record(caseNo, Cases.Fact.DENIAL_REASON, reason);
          documents.nonAcceptance(caseNo, reason == null ? CaseDocuments.NOT_ACCEPTABLE : reason);
        } else {
          documents.acceptance(caseNo, mail.dueDateFromNow(periods.of(task.getExecution(), "decision")),
              mail.dueDateFromNow(periods.of(task.getExecution(), "materials")));
        }
      }
      case "Task_MakeDecision" -> {
        Object decision = task.getVariable("decision");
        if (FalseCommitment.DECISION.equals(decision)) {
          // checked first: nothing is written for a submission the case cannot take
          String findings = FalseCommitment.findings(task, FalseCommitment.DECISION_PATH,
              text(task, FalseCommitment.DECISION_FINDINGS));
          cases.recordDecision(caseNo, FalseCommitment.DECISION, user);
          cases.record(caseNo, Cases.Fact.DENIAL_REASON, FalseCommitment.denialReason(findings));
          cases.record(caseNo, Cases.Fact.FALSE_COMMITMENT_REASON, FalseCommitment.foundBeforeDecision(findings));
          return;
        }
        cases.recordDecision(caseNo, String.valueOf(decision), user);
        if (!"APPROVE".equals(decision)) {
          cases.record(caseNo, Cases.Fact.DENIAL_REASON, text(task, "denialReason"));
        }
      }
      case "Task_InspectFulfilment" -> {
        if (FalseCommitment.INSPECTION_RESULT.equals(task.getVariable("inspectionResult"))) {
          String findings = FalseCommitment.findings(task, FalseCommitment.INSPECTION_PATH,
              text(task, "inspectionFindings"));
          recordInspection(task, caseNo, user);
          cases.record(caseNo, Cases.Fact.FALSE_COMMITMENT_REASON, FalseCommitment.foundOnInspection(findings));
          return;
        }
        boolean breach = "NON_COMPLIANT".equals(task.getVariable("inspectionResult"));
        // checked first: a period longer than the item's refuses the whole submission, nothing is written
        String rectificationPeriod = breach
            ? periods.rectificationSetByInspector(caseNo, task.getVariable("rectificationWorkingDays")) : null;
        recordInspection(task, caseNo, user);
        if (breach) {
          cases.record(caseNo, Cases.Fact.RECTIFICATION_PERIOD, rectificationPeriod);
          if (rectificationPeriod != null && task.hasVariable(EARLIER_MODEL_RECTIFICATION_SPEC)) {
            // a case started under the earlier model computes its rectification deadline from this variable
            task.setVariable(EARLIER_MODEL_RECTIFICATION_SPEC, rectificationPeriod);
          }
        }
      }
      case "Task_Reinspect" -> recordInspection(task, caseNo, user);
      default -> { }
    }
  }

  private void recordInspection(DelegateTask task, String caseNo, String user) {
    cases.recordInspection(caseNo, String.valueOf(task.getVariable("inspectionResult")), user);
    cases.record(caseNo, Cases.Fact.INSPECTION_FINDINGS, text(task, "inspectionFindings"));
  }
}
