package org.creditcommitment.credit.adapters;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.creditcommitment.credit.CreditPlatformException;
import org.creditcommitment.credit.CreditRecord;
import org.creditcommitment.credit.DishonestyStatus;

/** Reads the fields of a pushed record's payload (keys documented in docs/credit-platform-api.md). */
final class PushPayload {

  private final CreditRecord record;

  PushPayload(CreditRecord record) {
    this.record = record;
  }

  String text(String key) {
    Object value = record.payload().get(key);
    if (value == null || value.toString().isBlank()) {
      throw invalid("needs '" + key + "'");
    }
    return value.toString();
  }

  String optionalText(String key) {
    Object value = record.payload().get(key);
    return value == null ? null : value.toString();
  }

  LocalDate date(String key, LocalDate fallback) {
    Object value = record.payload().get(key);
    if (value == null) {
      if (fallback == null) {
        throw invalid("needs the date '" + key + "'");
      }
      return fallback;
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    try {
      return LocalDate.parse(value.toString());
    } catch (DateTimeParseException e) {
      throw invalid("has '" + key + "' = '" + value + "', not a date yyyy-MM-dd");
    }
  }

  /** The dishonesty record a CORRECTION, REPAIR or PUBLICITY_END refers to. */
  long referencedRecordId() {
    try {
      return Long.parseLong(String.valueOf(record.reference()));
    } catch (NumberFormatException e) {
      throw invalid("must name the dishonesty record id in 'reference', not '" + record.reference() + "'");
    }
  }

  /** A correction's outcome: CORRECTED unless the payload says e.g. REVOKED or ACTIVE (kept). */
  DishonestyStatus status(DishonestyStatus fallback) {
    Object value = record.payload().get("status");
    if (value == null) {
      return fallback;
    }
    try {
      return DishonestyStatus.valueOf(value.toString());
    } catch (IllegalArgumentException e) {
      throw invalid("has an unknown status '" + value + "'");
    }
  }

  CreditPlatformException invalid(String what) {
    return new CreditPlatformException("Refused " + record.type() + " push for " + record.subjectCode() + " (key "
        + record.idempotencyKey() + "): the record " + what);
  }
}
