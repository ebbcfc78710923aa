package org.creditcommitment.subject;

/**
 * 统一社会信用代码 per GB 32100-2015: 18 characters from {@link #CHARSET}, positions 3-8 the
 * administrative division code (digits), the last one a check character: weights 3^i mod 31,
 * check = 31 - (sum mod 31), where 31 means 0.
 */
final class Uscc {

  /** The 31 characters the standard allows (no I, O, S, V, Z). */
  public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static final String NAME_ZH = "统一社会信用代码";
  static final String NAME_EN = "unified social credit code";

  private final String value;

  private Uscc(String value) {
    this.value = value;
  }

  /** Parses a code, checking format and check character; throws {@link InvalidCodeException}. */
  public static Uscc parse(String text) {
    requireFormat(text);
    char expected = checkCharacter(text.substring(0, 17));
    if (text.charAt(17) != expected) {
      throw CodeChecks.wrongCheck(NAME_ZH, NAME_EN, expected, text.charAt(17));
    }
    return new Uscc(text);
  }

  /**
   * A code whose format is right but whose check character is not: only for codes a credit officer
   * registered as an exception (see {@link SubjectCodes}).
   */
  static Uscc checksumException(String text) {
    requireFormat(text);
    return new Uscc(text);
  }

  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (InvalidCodeException e) {
      return false;
    }
  }

  /** The check character for the first 17 characters (which must be from the charset). */
  public static char checkCharacter(String first17) {
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < 17; i++) {
      int digit = CHARSET.indexOf(first17.charAt(i));
      if (digit < 0) {
        throw CodeChecks.badCharacter(NAME_ZH, NAME_EN, i, first17.charAt(i));
      }
      sum += digit * weight;
      weight = weight * 3 % 31;
    }
    int check = 31 - sum % 31;
    return CHARSET.charAt(check == 31 ? 0 : check);
  }

  static void requireFormat(String text) {
    CodeChecks.requireShape(text, NAME_ZH, NAME_EN);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (CHARSET.indexOf(c) < 0) {
        throw CodeChecks.badCharacter(NAME_ZH, NAME_EN, i, c);
      }
      if (i >= 2 && i <= 7 && !Character.isDigit(c)) {
        throw new InvalidCodeException(InvalidCodeException.Reason.FORMAT,
            NAME_ZH + "第3-8位应为登记管理机关行政区划码（数字），第" + (i + 1) + "位为「" + c + "」",
            "Positions 3-8 of a " + NAME_EN + " are the division code (digits); position " + (i + 1) + " is '" + c + "'");
      }
    }
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Uscc other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
