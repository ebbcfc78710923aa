package org.creditcommitment.credit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A correction the unit that supplied a dishonesty record asked for and the credit office confirmed, as a CORRECTION
 * push (更正, 2023年汕尾市社会信用体系建设工作要点（征求意见稿） 一（二）): the corrected fields, the record's status afterwards
 * (REVOKED when the unit withdrew the record, else unchanged) and, when the record was filed under a wrong code, the
 * subject it belongs to ({@code correctedSubjectCode}). The reference is the record's id; the key names the correction,
 * so a retried step pushes it once.
 */
public record ProviderCorrectionPush(String correctionNo, String subjectCode, long recordId,
    RecordCorrection correction, String correctedSubjectCode, DishonestyStatus status, String reason) {

  public CreditRecord record() {
    Map<String, Object> payload = new LinkedHashMap<>(correction.payload());
    if (correctedSubjectCode != null) {
      payload.put("correctedSubjectCode", correctedSubjectCode);
    }
    payload.put("status", status.name());
    payload.put("reason", reason);
    payload.put("correctionNo", correctionNo);
    return new CreditRecord(CreditRecordType.CORRECTION, subjectCode, Long.toString(recordId), payload,
        correctionNo + ":correction");
  }
}
