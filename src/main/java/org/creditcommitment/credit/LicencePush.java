package org.creditcommitment.credit;

import java.time.LocalDate;
import java.util.Map;

/**
 * A licence granted on a commitment as LICENCE pushes (行政许可, the national 双公示 items mapped in
 * docs/credit-platform-api.md): once when granted (当前状态 有效) and again when it is revoked (撤销), the subject masked
 * where a natural person. The keys name the case and the event, so each is recorded once however often it is retried.
 *
 * @param decisionTitle 行政许可决定文书名称
 * @param decisionNumber 行政许可决定文书号 (the decision document's number), or null for a decision issued before
 *     decisions were numbered documents
 * @param category 许可类别 label (普通, 特许, 认可, 核准, 登记, 其他)
 * @param validUntil the last valid day, or null for no fixed term
 * @param authority 许可机关, the department's name
 */
public record LicencePush(String caseNo, String commitmentNo, String subjectCode, String subjectName,
    String decisionTitle, String decisionNumber, String category, String licenceNo, LocalDate decidedOn,
    LocalDate validUntil, String authority, String authorityUscc) {

  /** 当前状态 of a licence in force. */
  public static final String VALID = "有效";
  /** 当前状态 of a revoked licence. */
  public static final String REVOKED = "撤销";
  /** 有效期至 of a licence without a fixed term, as the national items write 长期. */
  public static final LocalDate NO_FIXED_TERM = LocalDate.of(2099, 12, 31);

  public CreditRecord granted() {
    Map<String, Object> payload = fields();
    payload.put("currentStatus", VALID);
    return new CreditRecord(CreditRecordType.LICENCE, subjectCode, caseNo, payload, caseNo + ":licence");
  }

  /** The licence no longer stands from {@code revokedOn}, by the decision {@code revocationNumber}. */
  public CreditRecord revoked(LocalDate revokedOn, String revocationNumber, String reason) {
    Map<String, Object> payload = fields();
    payload.put("currentStatus", REVOKED);
    payload.put("revokedOn", revokedOn.toString());
    putIfKnown(payload, "revocationNumber", revocationNumber);
    putIfKnown(payload, "reason", reason);
    return new CreditRecord(CreditRecordType.LICENCE, subjectCode, caseNo, payload, caseNo + ":licence-revoked");
  }

  private Map<String, Object> fields() {
    Map<String, Object> payload = PublicSubject.fields(subjectCode, subjectName);
    payload.put("commitmentNo", commitmentNo);
    payload.put("decisionTitle", decisionTitle);
    // a case decided before its decision was a numbered document has no number to give
    putIfKnown(payload, "decisionNumber", decisionNumber);
    payload.put("licenceCategory", category);
    payload.put("licenceNo", licenceNo);
    payload.put("decidedOn", decidedOn.toString());
    payload.put("validFrom", decidedOn.toString());
    payload.put("validUntil", (validUntil == null ? NO_FIXED_TERM : validUntil).toString());
    payload.put("authority", authority);
    payload.put("authorityUscc", authorityUscc);
    return payload;
  }

  private static void putIfKnown(Map<String, Object> payload, String key, String value) {
    if (value != null) {
      payload.put(key, value);
    }
  }
}
