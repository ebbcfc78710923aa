package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.documents.DocumentType;
import org.creditcommitment.notification.NotificationType;
import org.springframework.stereotype.Component;

/**
 * 送达惩戒决定: the subject is told which measures apply and why, and that credit repair is possible; the mail links to
 * the 失信惩戒决定书 issued when the record was made.
 */
@Component("sendPunishmentNoticeDelegate")
class SendPunishmentNoticeDelegate implements JavaDelegate {

  private final CaseMail mail;
  private final Cases cases;
  private final CaseDocuments documents;

  SendPunishmentNoticeDelegate(CaseMail mail, Cases cases, CaseDocuments documents) {
    this.documents = documents;
    this.cases = cases;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = execution.getProcessBusinessKey();
    CaseFacts facts = cases.facts(caseNo);
    mail.queue(mail.toApplicant(execution, NotificationType.PUNISHMENT_NOTICE, "punished")
        .with("reason", facts.breachReason())
        .with("measures", String.join("；", PunishmentMeasure.parse(facts.punishmentMeasures()).stream()
            .map(PunishmentMeasure::label).toList()))
        .with("documentLink", documents.link(documents.latest(caseNo, DocumentType.PUNISHMENT_DECISION).orElseThrow())));
  }
}
