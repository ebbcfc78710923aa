package org.creditcommitment.credit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields an objection's correction (更正) changes in a dishonesty record; null means "unchanged".
 * As payload of a CORRECTION push the keys are {@code basis}, {@code domain}, {@code sourceUnit} and
 * {@code publicityEnd} (yyyy-MM-dd).
 */
public record RecordCorrection(String sourceUnit, String basis, String domain, LocalDate publicityEnd) {

  public boolean isEmpty() {
    return sourceUnit == null && basis == null && domain == null && publicityEnd == null;
  }

  /** The record with this correction applied: what the embedded registry keeps after a CORRECTION push. */
  public DishonestyRecord applyTo(DishonestyRecord r) {
    return new DishonestyRecord(r.id(), r.subjectCode(), sourceUnit == null ? r.sourceUnit() : sourceUnit,
        basis == null ? r.basis() : basis, domain == null ? r.domain() : domain, r.date(), r.publicityStart(),
        publicityEnd == null ? r.publicityEnd() : publicityEnd, r.status());
  }

  /** The payload entries of a CORRECTION push carrying this correction. */
  public Map<String, Object> payload() {
    Map<String, Object> payload = new LinkedHashMap<>();
    if (sourceUnit != null) {
      payload.put("sourceUnit", sourceUnit);
    }
    if (basis != null) {
      payload.put("basis", basis);
    }
    if (domain != null) {
      payload.put("domain", domain);
    }
    if (publicityEnd != null) {
      payload.put("publicityEnd", publicityEnd.toString());
    }
    return payload;
  }
}
