package org.creditcommitment.credit;

import java.time.LocalDate;
import java.util.Map;

/**
 * An inspection's outcome as a FULFILMENT push (履约信息), the subject masked where a natural person; it states the
 * commitment's 履行状态 under the commitment's number, which the COMMITMENT push gave. The key names the case and the
 * inspection round, so each round is recorded once however often it is retried.
 *
 * @param round {@code inspection} or {@code reinspection}
 */
public record FulfilmentPush(String caseNo, String subjectCode, String subjectName, String round, String sourceUnit,
    String outcome, String description, LocalDate date, String commitmentNo, FulfilmentStatus status) {

  public CreditRecord record() {
    Map<String, Object> payload = PublicSubject.fields(subjectCode, subjectName);
    payload.put("sourceUnit", sourceUnit);
    payload.put("outcome", outcome);
    payload.put("description", description);
    payload.put("date", date.toString());
    payload.put("commitmentNo", commitmentNo);
    payload.put("fulfilmentStatus", status.label());
    return new CreditRecord(CreditRecordType.FULFILMENT, subjectCode, caseNo, payload,
        caseNo + ":fulfilment:" + round);
  }
}
