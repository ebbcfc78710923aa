package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.documents.IssuedDocument;
import org.creditcommitment.notification.NotificationType;
import org.springframework.stereotype.Component;

/**
 * 核发证照 (义政数〔2020〕17号 四(四)): the licence number is the item code and the case number; the 准予行政许可决定书
 * is issued and the applicant is told.
 */
@Component("issueLicenceDelegate")
class IssueLicenceDelegate implements JavaDelegate {

  private final Cases cases;
  private final CaseMail mail;
  private final PublicationDeadline publication;
  private final CaseDocuments documents;

  IssueLicenceDelegate(Cases cases, CaseMail mail, PublicationDeadline publication, CaseDocuments documents) {
    this.documents = documents;
    this.publication = publication;
    this.cases = cases;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = execution.getProcessBusinessKey();
    String licenceNo = cases.require(caseNo).itemCode() + "-" + caseNo.substring(2);
    cases.recordLicence(caseNo, licenceNo);
    IssuedDocument decision = documents.licence(caseNo, licenceNo);
    publication.start(execution);
    // no inspection date here: whether and by when the case is inspected is drawn later, and the inspection
    // notice states the deadline the deadline service computed (one date, everywhere)
    mail.queue(mail.toApplicant(execution, NotificationType.DECISION_APPROVED, "approved")
        .with("licenceNo", licenceNo)
        .with("documentLink", documents.link(decision)));
  }
}
