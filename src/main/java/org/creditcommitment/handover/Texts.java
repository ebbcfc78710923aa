package org.creditcommitment.handover;

import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.FreeText;

/** The checks every reason and note of this module meets, with the field named as the caller wrote it. */
final class Texts {

  static final int MAX = 500;
  static final int MAX_ID = 64;

  private Texts() {}

  /** A reason that must be given: not blank, at most {@link #MAX} characters, printable. */
  static String required(String field, String value, String missingZh, String missingEn) {
    if (value == null || value.isBlank()) {
      throw ApiException.badRequest(field + "-required", missingZh, missingEn);
    }
    return optional(field, value);
  }

  /** A note that may be left out (null then). */
  static String optional(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > MAX) {
      throw ApiException.badRequest("invalid-" + field, "「" + field + "」最多 " + MAX + " 个字",
          "'" + field + "' must be at most " + MAX + " characters");
    }
    FreeText.require(field, text, FreeText.Kind.TEXT);
    return text;
  }

  /** A login or group id as typed: stripped; null when blank; refused when too long or not a single clean line. */
  static String id(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String id = value.strip();
    if (id.length() > MAX_ID) {
      throw ApiException.badRequest("invalid-" + field, "「" + field + "」过长", "'" + field + "' is too long");
    }
    FreeText.require(field, id, FreeText.Kind.NAME);
    return id;
  }
}
