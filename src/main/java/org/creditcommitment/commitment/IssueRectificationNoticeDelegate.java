package org.creditcommitment.commitment;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.catalogue.LetterTemplate;
import org.creditcommitment.documents.IssuedDocument;
import org.creditcommitment.notification.NotificationType;
import org.springframework.stereotype.Component;

/**
 * 下达限期整改通知 (义政数〔2020〕17号 四(七): rectification first, 审慎包容): the licensee did not keep the
 * commitment or missed the materials deadline, and is given a deadline to put it right in a 限期整改通知书.
 */
@Component("issueRectificationNoticeDelegate")
class IssueRectificationNoticeDelegate implements JavaDelegate {

  private final CaseMail mail;
  private final Cases cases;
  private final CasePeriods periods;
  private final CaseDocuments documents;
  private final Clock clock;

  IssueRectificationNoticeDelegate(CaseMail mail, Cases cases, CasePeriods periods, CaseDocuments documents,
      Clock clock) {
    this.documents = documents;
    this.clock = clock;
    this.periods = periods;
    this.mail = mail;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = execution.getProcessBusinessKey();
    CaseFacts facts = cases.facts(caseNo);
    boolean inspected = "NON_COMPLIANT".equals(facts.inspectionResult());
    String reason = inspected ? "履约践诺核查发现实际情况与承诺内容不符：" + facts.inspectionFindings()
        : "未在承诺期限内补齐容缺材料：" + LetterTemplate.numbered(cases.require(caseNo).missingMaterials());
    cases.recordRectificationNotified(caseNo);
    cases.record(caseNo, Cases.Fact.RECTIFICATION_REASON, reason);
    LocalDate due = mail.dueDateFromNow(periods.of(execution, "rectification"));
    // the inspection result was fed back just before this step; a missed materials deadline had no inspection
    IssuedDocument notice = documents.rectification(caseNo, reason, inspected ? LocalDate.now(clock) : null, due);
    mail.queue(mail.toApplicant(execution, NotificationType.RECTIFICATION_NOTICE, "rectification")
        .with("findings", reason)
        .with("rectificationDeadline", due)
        .with("documentLink", documents.link(notice)));
  }
}
