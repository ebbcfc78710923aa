package org.creditcommitment.credit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An objection's answer as a CORRECTION push (更正): the corrected fields, the record's new status and why. The
 * reference is the record's id; the key names the objection, so a retried step pushes it once.
 */
public record CorrectionPush(String objectionNo, String subjectCode, long recordId, RecordCorrection correction,
    DishonestyStatus status, String reason) {

  public CreditRecord record() {
    Map<String, Object> payload = new LinkedHashMap<>(correction.payload());
    payload.put("status", status.name());
    payload.put("reason", reason);
    payload.put("objectionNo", objectionNo);
    return new CreditRecord(CreditRecordType.CORRECTION, subjectCode, Long.toString(recordId), payload,
        objectionNo + ":correction");
  }
}
