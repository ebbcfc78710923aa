package org.creditcommitment.commitment;

import static org.creditcommitment.system.StepInputs.text;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.documents.IssuedDocument;
import org.creditcommitment.notification.NotificationType;
import org.springframework.stereotype.Component;

/**
 * 受理: who accepted the case and its 受理 notice, or the reason of a 不予受理 and its notice, or the one correction request
 * (一次性告知补正) and its 补正材料通知书. A case returned to this review was accepted before: its acceptance, date and
 * notice stand.
 */
@Component
class AcceptanceOutcome implements TaskOutcome {

  /** The clerk's choice to request correction (一次性告知补正). */
  static final String CORRECTION = "CORRECTION";

  private final Cases cases;
  private final CasePeriods periods;
  private final CaseDocuments documents;
  private final CaseMail mail;
  private final CaseProcedure procedure;
  private final Clock clock;

  AcceptanceOutcome(Cases cases, CasePeriods periods, CaseDocuments documents, CaseMail mail,
      CaseProcedure procedure, Clock clock) {
    this.procedure = procedure;
    this.clock = clock;
    this.cases = cases;
    this.periods = periods;
    this.documents = documents;
    this.mail = mail;
  }

  @Override
  public String taskKey() {
    return "Task_AcceptApplication";
  }

  @Override
  public void record(DelegateTask task, String caseNo, String user) {
    if (CORRECTION.equals(task.getVariable("acceptanceDecision"))) {
      requestCorrection(task, caseNo, user);
      return;
    }
    boolean acceptedBefore = cases.acceptance(caseNo).acceptedAt() != null;
    cases.recordAcceptance(caseNo, user);
    if ("REJECT".equals(task.getVariable("acceptanceDecision"))) {
      String reason = text(task, "rejectionReason");
      cases.record(caseNo, Cases.Fact.DENIAL_REASON, reason);
      documents.nonAcceptance(caseNo, reason == null ? CaseDocuments.NOT_ACCEPTABLE : reason);
    } else if (!acceptedBefore) {
      LocalDate decisionDue = mail.dueDateFromNow(periods.of(task.getExecution(), "decision"));
      IssuedDocument notice = documents.acceptance(caseNo, decisionDue,
          mail.dueDateFromNow(periods.of(task.getExecution(), "materials")));
      mail.acceptanceNotice(caseNo, LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE)), decisionDue,
          documents.link(notice));
    }
  }

  /**
   * 一次性告知补正 (中华人民共和国行政许可法 第三十二条): once per case and before acceptance, every material to correct
   * and what is wrong with each, checked whole before anything is written; the 补正材料通知书 states the period and is
   * mailed to the applicant with its verification link.
   */
  private void requestCorrection(DelegateTask task, String caseNo, String user) {
    CaseReturnStep.requireInModel(task, "Task_AwaitCorrection", "补正");
    Cases.Acceptance acceptance = cases.acceptance(caseNo);
    if (procedure.correction(caseNo).isPresent() || acceptance.acceptedAt() != null) {
      throw new BadUserRequestException("补正应当一次性告知：本办件已告知过补正或已受理，请选择予以受理或不予受理"
          + " / a correction is requested once, before acceptance: accept or refuse the application");
    }
    List<CaseProcedure.CorrectionItem> items = CorrectionItems.parse(text(task, "correctionItems"));
    LocalDate due = mail.dueDateFromNow(periods.of(task.getExecution(), CaseDeadlineKinds.CORRECTION));
    OffsetDateTime received = acceptance.receivedAt() == null ? OffsetDateTime.now(clock) : acceptance.receivedAt();
    procedure.recordCorrectionRequest(caseNo, user, due, items);
    IssuedDocument notice = documents.correction(caseNo, received.atZoneSameInstant(WorkingDayCalendar.ZONE)
        .toLocalDate(), items, due);
    mail.queue(mail.toApplicant(caseNo, NotificationType.CORRECTION_NOTICE, "correction")
        .with("items", String.join("\n", items.stream().map(i -> i.material() + "：" + i.problem()).toList()))
        .with("correctionDeadline", due).with("documentLink", documents.link(notice)));
  }
}
