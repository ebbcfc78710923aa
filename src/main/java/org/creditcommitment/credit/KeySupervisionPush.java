package org.creditcommitment.credit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A key-supervision listing (重点监管) as BREACH pushes: its start and its early end. The keys name the commitment and
 * the cause, so a retried step pushes each once; a breach's key stays what it was before punishments listed subjects,
 * so a breach pushed earlier is not sent twice.
 *
 * @param cause {@code BREACH} (a broken commitment an official recorded) or {@code PUNISHMENT}
 * @param dishonestyRecordId the punishment's dishonesty record, or null for a breach
 */
public record KeySupervisionPush(String subjectCode, String subjectName, String commitmentRef, String cause,
    String dishonestyRecordId) {

  /** The subject is listed until {@code listedUntil} (its last day). */
  public CreditRecord listed(String sourceUnit, String reason, LocalDate listedUntil) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("sourceUnit", sourceUnit);
    payload.put("reason", reason);
    payload.put("listedUntil", listedUntil.toString());
    payload.put("subjectName", subjectName);
    payload.put("cause", cause);
    if (dishonestyRecordId != null) {
      payload.put("dishonestyRecordId", dishonestyRecordId);
    }
    return new CreditRecord(CreditRecordType.BREACH, subjectCode, commitmentRef, payload,
        commitmentRef + ("BREACH".equals(cause) ? ":breach" : ":key-supervision"));
  }

  /** The listing ended on {@code endedOn}, before its last day. */
  public CreditRecord ended(LocalDate listedUntil, LocalDate endedOn, String reason) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("subjectName", subjectName);
    payload.put("cause", cause);
    payload.put("dishonestyRecordId", dishonestyRecordId);
    payload.put("listedUntil", listedUntil.toString());
    payload.put("endedOn", endedOn.toString());
    payload.put("reason", reason);
    return new CreditRecord(CreditRecordType.BREACH, subjectCode, commitmentRef, payload,
        commitmentRef + ":key-supervision-ended");
  }
}
