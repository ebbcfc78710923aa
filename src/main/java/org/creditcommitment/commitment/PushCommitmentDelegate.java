package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.CommitmentPush;
import org.springframework.stereotype.Component;

/**
 * 归集推送 (义政数〔2020〕17号 四(五)): the commitment record goes to the credit platform for collection and
 * public disclosure, personal data masked. The idempotency key is the case number, so a retry never pushes
 * twice.
 */
@Component("pushCommitmentDelegate")
class PushCommitmentDelegate implements JavaDelegate {

  private final CreditPlatform platform;
  private final Letters letters;
  private final Cases cases;
  private final PublicationDeadline publication;

  PushCommitmentDelegate(CreditPlatform platform, Letters letters, Cases cases, PublicationDeadline publication) {
    this.publication = publication;
    this.platform = platform;
    this.letters = letters;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = execution.getProcessBusinessKey();
    Letters.Signature signature = letters.signature(caseNo).orElseThrow();
    CaseRecord c = cases.require(caseNo);
    platform.push(new CommitmentPush(caseNo, c.applicantCode(), c.applicantName(), c.itemCode(),
        (String) execution.getVariable("itemName"), (String) execution.getVariable("departmentName"),
        c.commitmentType().name(), c.licenceNo(), signature.signedAt().toString(), signature.letterSha256()).record());
    cases.recordPushed(caseNo);
    publication.met(execution);
  }
}
