package org.creditcommitment.credit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A granted repair as a REPAIR push: the platform marks the dishonesty record REPAIRED and takes it out of publicity.
 * The reference is the record's id; the key names the repair, so a retried step pushes it once.
 *
 * @param opinion the verification opinion, or null
 */
public record RepairPush(String repairNo, String subjectCode, long recordId, String opinion) {

  public CreditRecord record() {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("reason", "信用修复 " + repairNo + (opinion == null ? "" : "：" + opinion));
    payload.put("repairNo", repairNo);
    return new CreditRecord(CreditRecordType.REPAIR, subjectCode, Long.toString(recordId), payload,
        repairNo + ":repair");
  }
}
