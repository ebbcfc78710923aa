package org.creditcommitment.commitment;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.CreditRecord;
import org.creditcommitment.credit.CreditRecordType;
import org.creditcommitment.credit.PushReceipt;
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
    Map<String, Object> payload = new LinkedHashMap<>(Publicity.subject(c.applicantCode(), c.applicantName()));
    payload.put("caseNo", caseNo);
    payload.put("itemCode", c.itemCode());
    payload.put("itemName", execution.getVariable("itemName"));
    payload.put("department", execution.getVariable("departmentName"));
    payload.put("commitmentType", c.commitmentType().name());
    payload.put("licenceNo", c.licenceNo());
    payload.put("signedAt", signature.signedAt().toString());
    payload.put("letterSha256", signature.letterSha256());
    platform.push(new CreditRecord(CreditRecordType.COMMITMENT, c.applicantCode(), caseNo, payload,
        caseNo + ":commitment"));
    cases.recordPushed(caseNo);
    publication.met(execution);
  }
}
