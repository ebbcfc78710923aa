package org.creditcommitment.system;

import java.util.Locale;

/**
 * Whether a subject's code, read from its text alone, may be a natural person's resident ID number: the rule the owners
 * of personal data at rest apply where they do not hold the subject's type (a registry row does, and uses it). Two
 * strengths, one nested in the other:
 * <ul>
 *   <li>{@link #mayBe}: no letter among the first 17 characters. What is encrypted where the case record keeps the
 *       applicant's code, what the start-up upgrade reads as a candidate ({@link #mayBeSql}, the same rule in SQL),
 *       and who the public board never finds by name. It also takes the rare USCC that is all digits there, which
 *       costs an encryption and nothing else.</li>
 *   <li>{@link #shapedAsResidentId}: 17 digits and a digit or X, the shape a subject's code must have to be parsed as
 *       a resident ID, and the references the audit log stores by keyed index (it masks them by position, so it
 *       needs the full shape). Every such code also {@link #mayBe}.</li>
 * </ul>
 * Both agree on every resident ID number and on every USCC with a letter in its first 17 characters; a USCC that is
 * all digits there may be a person's, is shaped as one when its check character is a digit, and is an organisation's
 * by its type ({@code subject/SubjectCode#parse}).
 */
public final class NaturalPersonCodes {

  private static final int BODY = 17;
  private static final int LENGTH = 18;

  private NaturalPersonCodes() {}

  /** Whether a code may be a resident ID number: its first 17 characters hold no letter; null is no code. */
  public static boolean mayBe(String code) {
    if (code == null) {
      return false;
    }
    String first17 = code.length() > BODY ? code.substring(0, BODY) : code;
    return first17.toUpperCase(Locale.ROOT).equals(first17.toLowerCase(Locale.ROOT));
  }

  /**
   * {@link #mayBe} as an SQL condition on a column holding plain codes (H2 and PostgreSQL): the same comparison of the
   * first 17 characters in upper and lower case. A null column is not a candidate, as null is no code.
   */
  public static String mayBeSql(String column) {
    String first17 = "substring(" + column + " from 1 for " + BODY + ")";
    return "upper(" + first17 + ") = lower(" + first17 + ")";
  }

  /** Whether a code has the shape of a resident ID number: 18 characters, 17 digits then a digit or X (any case). */
  public static boolean shapedAsResidentId(String code) {
    if (code == null || code.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < BODY; i++) {
      if (code.charAt(i) < '0' || code.charAt(i) > '9') {
        return false;
      }
    }
    char last = code.charAt(BODY);
    return (last >= '0' && last <= '9') || last == 'X' || last == 'x';
  }
}
