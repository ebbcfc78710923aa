package org.creditcommitment.credit;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.creditcommitment.subject.Masking;
import org.creditcommitment.subject.SubjectType;

/**
 * A signed 信用修复型 commitment as a REPAIR_COMMITMENT push (普政数局〔2022〕25号 二（七）: 信用修复型…信用承诺信息归集共享),
 * with what may be made public (natural persons masked). The key names the repair, so a retried step pushes it once.
 *
 * @param subjectType the type the repair module parsed the code as (a registered checksum exception is a legal person)
 * @param category the commitment category's label
 * @param channel how the subject signed (ONLINE or WINDOW)
 */
public record RepairCommitmentPush(String repairNo, long recordId, String category, String subjectCode,
    String subjectName, SubjectType subjectType, String textSha256, String signer, OffsetDateTime signedAt,
    String channel) {

  public CreditRecord record() {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("repairNo", repairNo);
    payload.put("recordId", recordId);
    payload.put("category", category);
    payload.put("subjectName", Masking.subjectName(subjectName, subjectType));
    payload.put("subjectCode", Masking.subjectCode(subjectCode, subjectType));
    payload.put("textSha256", textSha256);
    payload.put("signer", Masking.personName(signer));
    payload.put("signedAt", signedAt.toString());
    payload.put("channel", channel);
    return new CreditRecord(CreditRecordType.REPAIR_COMMITMENT, subjectCode, repairNo, payload,
        repairNo + ":commitment");
  }
}
