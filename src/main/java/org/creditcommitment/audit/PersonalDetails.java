package org.creditcommitment.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.creditcommitment.system.PersonalDataMasks;

/**
 * Masks the personal data an event's details carry before they are stored and hashed (docs/security.md#audit-details):
 * a value that is a resident ID number keeps its first 6 and last 4 characters (441502********1239, as the product
 * masks it everywhere), an e-mail address its first character and domain (a***@example.org), a mobile number its
 * first 3 and last 4 digits. The audit log is kept for years and says who changed what and when; the full values live
 * in the owning tables (encrypted), and the event's reference names the subject. Masking, not encryption: the chain
 * covers the stored form, so it verifies without a data key, and an event never ties the data key's rotation to the
 * audit log's lifetime. Whole values only: free text (a reason) is stored as written.
 */
final class PersonalDetails {

  private static final Pattern RESIDENT_ID =
      Pattern.compile("\\d{6}(18|19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx]");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

  private PersonalDetails() {}

  /** The details as stored: the same shape, personal values masked; null stays null. */
  static Map<String, Object> masked(Map<String, Object> details) {
    if (details == null) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    details.forEach((key, value) -> out.put(key, maskedValue(value)));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Object maskedValue(Object value) {
    if (value instanceof String text) {
      return masked(text);
    }
    if (value instanceof Map<?, ?> map) {
      return masked((Map<String, Object>) map);
    }
    if (value instanceof Collection<?> values) {
      List<Object> out = new ArrayList<>(values.size());
      values.forEach(v -> out.add(maskedValue(v)));
      return out;
    }
    return value;
  }

  static String masked(String text) {
    if (RESIDENT_ID.matcher(text).matches()) {
      return PersonalDataMasks.idNumber(text);
    }
    if (EMAIL.matcher(text).matches()) {
      return PersonalDataMasks.email(text);
    }
    if (MOBILE.matcher(text).matches()) {
      return PersonalDataMasks.mobile(text);
    }
    return text;
  }
}
