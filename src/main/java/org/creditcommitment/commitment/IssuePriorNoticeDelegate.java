package org.creditcommitment.commitment;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.calendar.Due;
import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.documents.IssuedDocument;
import org.creditcommitment.notification.NotificationType;
import org.springframework.stereotype.Component;

/**
 * 送达拟作出失信惩戒告知书 (中华人民共和国行政处罚法 第四十四条; 国办发〔2020〕49号 认定失信前告知): the subject is told the
 * facts, the basis and the measures proposed, and that it may state its case and defend itself within the period
 * (第四十五条), and ask for a hearing where the measures give that right (第六十三条、第六十四条: within five days of
 * the notice). The notice is a numbered, verifiable document; the mail links to it.
 */
@Component("issuePriorNoticeDelegate")
class IssuePriorNoticeDelegate implements JavaDelegate {

  private final PriorNotices priorNotices;
  private final CaseDocuments documents;
  private final CaseMail mail;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  IssuePriorNoticeDelegate(PriorNotices priorNotices, CaseDocuments documents, CaseMail mail,
      WorkingDayCalendar calendar, Clock clock) {
    this.priorNotices = priorNotices;
    this.documents = documents;
    this.mail = mail;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = execution.getProcessBusinessKey();
    PriorNotices.Notice notice = priorNotices.notice(caseNo).orElseThrow(() -> new IllegalStateException(
        "Case " + caseNo + " has no proposed punishment to give notice of"));
    // the same period the statement deadline of the next step starts with, so that the notice and the row agree
    Due due = calendar.due(clock.instant(), priorNotices.statementPeriod());
    IssuedDocument document = documents.priorNotice(caseNo, notice, due.dueDate());
    // the notice's number is stored with it as the step commits: nothing in this step prints it
    priorNotices.issued(caseNo, document, due);
    mail.queue(mail.toApplicant(execution, NotificationType.PRIOR_NOTICE, "prior-notice")
        .with("facts", notice.facts())
        .with("measures", PunishmentMeasuresListener.labels(notice.proposedMeasures()))
        .with("statementDeadline", due.dueDate())
        .with("hearingClause", notice.hearingRight()
            ? "拟作出的措施含撤销行政许可，您有权要求听证，请在上述期限内提出陈述申辩时一并提出。"
            : "拟作出的措施不属于听证范围，请以书面方式陈述申辩。")
        .with("documentLink", documents.link(document)));
  }
}
