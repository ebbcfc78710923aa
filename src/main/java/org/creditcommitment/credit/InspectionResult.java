package org.creditcommitment.credit;

import java.time.LocalDate;

/**
 * A follow-up inspection result fed back to the random-inspection system (双随机、一公开).
 * Retries with the same {@code idempotencyKey} are recorded once.
 */
public record InspectionResult(String caseNumber, String subjectCode, boolean compliant, String findings,
    LocalDate inspectedOn, String inspector, String idempotencyKey) {

  public InspectionResult {
    if (caseNumber == null || caseNumber.isBlank() || subjectCode == null || inspectedOn == null) {
      throw new IllegalArgumentException("An inspection result needs a case number, a subject code and a date");
    }
    if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
      throw new IllegalArgumentException("An inspection result needs an idempotency key of 1 to 200 characters");
    }
  }
}
