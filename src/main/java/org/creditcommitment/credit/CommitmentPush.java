package org.creditcommitment.credit;

import java.util.Map;

/**
 * A signed commitment as a COMMITMENT push (归集推送): the letter's data and the national 信用承诺 items, the subject
 * masked where a natural person. The key names the case, as it did before the national items, so a retried push
 * records it once and a case pushed earlier is not pushed again.
 */
public record CommitmentPush(String caseNo, String subjectCode, String subjectName, String itemCode, String itemName,
    String department, String commitmentType, String licenceNo, String signedAt, String letterSha256,
    CommitmentItems national) {

  public CreditRecord record() {
    Map<String, Object> payload = PublicSubject.fields(subjectCode, subjectName);
    payload.put("caseNo", caseNo);
    payload.put("itemCode", itemCode);
    payload.put("itemName", itemName);
    payload.put("department", department);
    payload.put("commitmentType", commitmentType);
    payload.put("licenceNo", licenceNo);
    payload.put("signedAt", signedAt);
    payload.put("letterSha256", letterSha256);
    national.putInto(payload);
    return new CreditRecord(CreditRecordType.COMMITMENT, subjectCode, caseNo, payload, caseNo + ":commitment");
  }
}
