package org.creditcommitment.commitment;

import static org.creditcommitment.system.StepInputs.text;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.system.StepInputs;
import org.springframework.stereotype.Component;

/**
 * Remembers who completed a task whose officer matters later (the clerk who accepted a case is never drawn to
 * inspect it, and the inspection feedback names the inspector) and writes the task's outcome to the case record,
 * in the task's transaction: acceptance (and its 受理 or 不予受理 notice) or the one correction request (its 补正材料通知书),
 * a return to an earlier step with its reason, decision and the reason of a refusal, inspection result and findings, and
 * the rectification period an inspector set on finding a breach (refused, before anything is written, when it is
 * longer than the item's), and a false commitment found at the decision or on inspection ({@link FalseCommitment}).
 * The form's values reach this listener transient; the case record is where they are kept.
 */
@Component("recordCompletedByListener")
class RecordCompletedByListener implements TaskListener {

  /** The clerk's choice to request correction (一次性告知补正). */
  static final String CORRECTION = "CORRECTION";
  /** An official's choice to return the case to the earlier step the model leads to (退回). */
  static final String RETURN = "RETURN";

  /** What the lifecycle model before the case record read the rectification deadline from (a process variable). */
  static final String EARLIER_MODEL_RECTIFICATION_SPEC = "rectificationDeadlineSpec";

  private final IdentityService identity;
  private final Cases cases;
  private final CasePeriods periods;
  private final CaseDocuments documents;
  private final CaseMail mail;
  private final CaseProcedure procedure;
  private final Clock clock;

  RecordCompletedByListener(IdentityService identity, Cases cases, CasePeriods periods, CaseDocuments documents,
      CaseMail mail, CaseProcedure procedure, Clock clock) {
    this.procedure = procedure;
    this.clock = clock;
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
        if (CORRECTION.equals(task.getVariable("acceptanceDecision"))) {
          requestCorrection(task, caseNo, user);
          return;
        }
        // a case returned to this review was accepted before: its acceptance, date and notice stand
        boolean acceptedBefore = cases.acceptance(caseNo).acceptedAt() != null;
        cases.recordAcceptance(caseNo, user);
        if ("REJECT".equals(task.getVariable("acceptanceDecision"))) {
          String reason = text(task, "rejectionReason");
          cases.record(caseNo, Cases.Fact.DENIAL_REASON, reason);
          documents.nonAcceptance(caseNo, reason == null ? CaseDocuments.NOT_ACCEPTABLE : reason);
        } else if (!acceptedBefore) {
          documents.acceptance(caseNo, mail.dueDateFromNow(periods.of(task.getExecution(), "decision")),
              mail.dueDateFromNow(periods.of(task.getExecution(), "materials")));
        }
      }
      case "Task_MakeDecision" -> {
        Object decision = task.getVariable("decision");
        if (RETURN.equals(decision)) {
          returnCase(task, caseNo, user, "Flow_ReturnedToAcceptance", "Task_AcceptApplication");
          return;
        }
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
      case "Task_Reinspect" -> {
        if (RETURN.equals(task.getVariable("inspectionResult"))) {
          returnCase(task, caseNo, user, "Event_ReinspectionReturned", "Task_InspectFulfilment");
          return;
        }
        recordInspection(task, caseNo, user);
      }
      default -> { }
    }
  }

  /**
   * 一次性告知补正 (中华人民共和国行政许可法 第三十二条): once per case and before acceptance, every material to correct
   * and what is wrong with each, checked whole before anything is written; the 补正材料通知书 states the period.
   */
  private void requestCorrection(DelegateTask task, String caseNo, String user) {
    requireInModel(task, "Task_AwaitCorrection", "补正");
    Cases.Acceptance acceptance = cases.acceptance(caseNo);
    if (procedure.correction(caseNo).isPresent() || acceptance.acceptedAt() != null) {
      throw new BadUserRequestException("补正应当一次性告知：本办件已告知过补正或已受理，请选择予以受理或不予受理"
          + " / a correction is requested once, before acceptance: accept or refuse the application");
    }
    List<CaseProcedure.CorrectionItem> items = CorrectionItems.parse(text(task, "correctionItems"));
    LocalDate due = mail.dueDateFromNow(periods.of(task.getExecution(), CaseDeadlineKinds.CORRECTION));
    procedure.recordCorrectionRequest(caseNo, user, due, items);
    documents.correction(caseNo, (acceptance.receivedAt() == null ? java.time.OffsetDateTime.now(clock)
        : acceptance.receivedAt()).atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate(), items, due);
  }

  /**
   * 退回: the official sends the case back to the earlier step the model's flow {@code flowId} leads to, with the
   * reason that step shows. Nothing of the decision is written: the case has none yet.
   */
  private void returnCase(DelegateTask task, String caseNo, String user, String flowId, String toStep) {
    requireInModel(task, flowId, "退回");
    String reason = text(task, "returnReason");
    if (reason == null) {
      throw new BadUserRequestException("退回须写明理由 / a return needs its reason");
    }
    procedure.recordReturn(caseNo, task.getTaskDefinitionKey(), toStep, reason, user);
  }

  /** A case on a model from before a path existed cannot take it: refused before anything is written. */
  private static void requireInModel(DelegateTask task, String elementId, String what) {
    if (task.getExecution().getBpmnModelInstance().getModelElementById(elementId) == null) {
      throw new BadUserRequestException("本办件按施行" + what + "规则前的流程版本办理，不能选择“" + what + "”，请按该版本的选项办理"
          + " / this case runs on a model from before this option existed; choose one of its options");
    }
  }

  private void recordInspection(DelegateTask task, String caseNo, String user) {
    cases.recordInspection(caseNo, String.valueOf(task.getVariable("inspectionResult")), user);
    cases.record(caseNo, Cases.Fact.INSPECTION_FINDINGS, text(task, "inspectionFindings"));
  }
}
