package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.credit.NameCheck;
import org.creditcommitment.documents.DocumentType;
import org.creditcommitment.documents.IssuedDocument;
import org.creditcommitment.notification.NotificationType;
import org.springframework.stereotype.Component;

/**
 * 告知不予许可: not accepted by the clerk or denied by the approver (for a false commitment too, whose 决定书 says so and
 * whose case goes on to punishment); the applicant gets the reason and the link to the
 * 不予受理通知书 or the 不予行政许可决定书, which is issued here. An application whose name the credit query found
 * not to be the registered one (it came while the platform was away) is not accepted either, but no document is
 * issued: it would print a name nobody could verify. The applicant is told by e-mail, as for a case closed without
 * a decision.
 */
@Component("notifyDenialDelegate")
class NotifyDenialDelegate implements JavaDelegate {

  static final String NAME_MISMATCH_OUTCOME = "不予受理（申请人名称与登记名称不一致）";

  private final Cases cases;
  private final CaseMail mail;
  private final CaseDocuments documents;

  NotifyDenialDelegate(Cases cases, CaseMail mail, CaseDocuments documents) {
    this.documents = documents;
    this.cases = cases;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (cases.nameState(execution.getProcessBusinessKey()).check() == NameCheck.MISMATCH) {
      String reason = cases.facts(execution.getProcessBusinessKey()).denialReason();
      mail.queue(mail.toApplicant(execution, NotificationType.CASE_CLOSED, "name-mismatch")
          .with("outcome", NAME_MISMATCH_OUTCOME).with("reason", reason));
      return;
    }
    Object acceptance = execution.getVariable("acceptanceDecision");
    // a case still at CORRECTION was not corrected in time (第三十二条): not accepted, its notice already issued
    boolean notAccepted = "REJECT".equals(acceptance) || AcceptanceOutcome.CORRECTION.equals(acceptance);
    String recorded = cases.facts(execution.getProcessBusinessKey()).denialReason();
    String reason = recorded != null && !recorded.isBlank() ? recorded
        : notAccepted ? CaseDocuments.NOT_ACCEPTABLE : "申请不符合许可条件。";
    String caseNo = execution.getProcessBusinessKey();
    IssuedDocument document;
    if (notAccepted) {
      // the 不予受理通知书 was issued when the clerk refused the application
      document = documents.latest(caseNo, DocumentType.NON_ACCEPTANCE_NOTICE)
          .orElseGet(() -> documents.nonAcceptance(caseNo, reason));
    } else {
      cases.recordDecided(caseNo);
      document = FalseCommitment.DECISION_PATH.equals(execution.getCurrentActivityId())
          ? documents.falseCommitmentDenial(caseNo, reason) : documents.denial(caseNo, reason);
    }
    mail.queue(mail.toApplicant(execution, NotificationType.DECISION_DENIED, "denied").with("reason", reason)
        .with("documentLink", documents.link(document)));
  }
}
