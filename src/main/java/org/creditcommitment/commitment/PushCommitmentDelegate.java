package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.CommitmentPush;
import org.springframework.stereotype.Component;

/**
 * 归集推送 (义政数〔2020〕17号 四(五)): the commitment record goes to the credit platform for collection and
 * public disclosure, personal data masked, with the national 信用承诺 items; the licence granted on it follows as a
 * 行政许可 record. The idempotency keys name the case, so a retry never pushes twice.
 */
@Component("pushCommitmentDelegate")
class PushCommitmentDelegate implements JavaDelegate {

  private final CreditPlatform platform;
  private final Letters letters;
  private final Cases cases;
  private final PublicationDeadline publication;
  private final NationalItems national;

  PushCommitmentDelegate(CreditPlatform platform, Letters letters, Cases cases, PublicationDeadline publication,
      NationalItems national) {
    this.publication = publication;
    this.national = national;
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
        c.commitmentType().name(), c.licenceNo(), signature.signedAt().toString(), signature.letterSha256(),
        national.commitment(c)).record());
    if (c.licenceNo() != null) {
      platform.push(national.licence(c).granted());
    }
    cases.recordPushed(caseNo);
    publication.met(execution);
  }
}
