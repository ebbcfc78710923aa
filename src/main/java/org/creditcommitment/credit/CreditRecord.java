package org.creditcommitment.credit;

import java.util.Map;

/**
 * A record pushed to the credit platform. The platform keeps at most one record per
 * {@code idempotencyKey}: a retry with the same key returns the first receipt.
 *
 * @param reference the case number, or for CORRECTION / REPAIR / PUBLICITY_END the platform id of
 *     the dishonesty record concerned
 * @param payload the record's content; the keys per type are in docs/credit-platform-api.md
 */
public record CreditRecord(CreditRecordType type, String subjectCode, String reference, Map<String, Object> payload,
    String idempotencyKey) {

  public CreditRecord {
    if (type == null || subjectCode == null || subjectCode.isBlank()) {
      throw new IllegalArgumentException("A credit record needs a type and a subject code");
    }
    if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
      throw new IllegalArgumentException("A credit record needs an idempotency key of 1 to 200 characters");
    }
    payload = payload == null ? Map.of() : Map.copyOf(payload);
  }
}
