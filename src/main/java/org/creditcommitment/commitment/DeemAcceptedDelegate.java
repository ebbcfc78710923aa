package org.creditcommitment.commitment;

import java.time.OffsetDateTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * 视为受理 (中华人民共和国行政许可法 第三十二条: 逾期不告知的，自收到申请材料之日起即为受理): the five working days for a
 * correction request passed with the acceptance review still open. The case is accepted from receipt: its record says
 * so (accepted_at is the receipt, acceptance_deemed), the timeline says why, the applicant gets the 受理通知书 with the
 * receipt as the acceptance date, and the decision period counts from it.
 */
@Component("deemAcceptedDelegate")
class DeemAcceptedDelegate implements JavaDelegate {

  private final Cases cases;
  private final CaseProcedure procedure;
  private final CaseDocuments documents;
  private final CasePeriods periods;
  private final CaseMail mail;

  DeemAcceptedDelegate(Cases cases, CaseProcedure procedure, CaseDocuments documents, CasePeriods periods,
      CaseMail mail) {
    this.cases = cases;
    this.procedure = procedure;
    this.documents = documents;
    this.periods = periods;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = execution.getProcessBusinessKey();
    cases.recordDeemedAcceptance(caseNo);
    OffsetDateTime received = cases.acceptance(caseNo).receivedAt();
    procedure.recordDeemedAcceptance(caseNo, received);
    java.time.LocalDate receivedOn = received.atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate();
    java.time.LocalDate decisionDue = mail.dueDateFrom(received.toInstant(),
        periods.of(execution, CaseDeadlineKinds.DECISION));
    var notice = documents.deemedAcceptance(caseNo, receivedOn, decisionDue,
        mail.dueDateFromNow(periods.of(execution, CaseDeadlineKinds.MATERIALS)));
    mail.acceptanceNotice(caseNo, receivedOn, decisionDue, documents.link(notice));
  }
}
