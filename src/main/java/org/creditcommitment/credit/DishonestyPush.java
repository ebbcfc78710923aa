package org.creditcommitment.credit;

import java.time.LocalDate;
import java.util.Map;

/**
 * A broken or false commitment as a DISHONESTY push (失信记录), public from {@code date} to {@code publicityEnd}, the
 * subject masked where a natural person. The key names the case, so a retried step records it once.
 *
 * @param measures the punishment measures, comma-separated as the case keeps them
 */
public record DishonestyPush(String caseNo, String subjectCode, String subjectName, String sourceUnit, String domain,
    String basis, LocalDate date, LocalDate publicityEnd, String measures) {

  public CreditRecord record() {
    Map<String, Object> payload = PublicSubject.fields(subjectCode, subjectName);
    payload.put("sourceUnit", sourceUnit);
    payload.put("basis", basis);
    payload.put("domain", domain);
    payload.put("date", date.toString());
    payload.put("publicityStart", date.toString());
    payload.put("publicityEnd", publicityEnd.toString());
    payload.put("measures", measures);
    return new CreditRecord(CreditRecordType.DISHONESTY, subjectCode, caseNo, payload, caseNo + ":dishonesty");
  }
}
