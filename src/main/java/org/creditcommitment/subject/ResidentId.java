package org.creditcommitment.subject;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * 公民身份号码 per GB 11643-1999: 6-digit address code, 8-digit birth date (a real date, 1900 or
 * later and not in the future), 3-digit sequence, check character by ISO 7064 MOD 11-2.
 */
final class ResidentId {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECKS = "10X98765432";
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final String NAME_ZH = "公民身份号码";
  static final String NAME_EN = "resident ID number";

  private final String value;
  private final LocalDate birthDate;

  private ResidentId(String value, LocalDate birthDate) {
    this.value = value;
    this.birthDate = birthDate;
  }

  public static ResidentId parse(String text) {
    CodeChecks.requireShape(text, NAME_ZH, NAME_EN);
    for (int i = 0; i < 17; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        throw CodeChecks.badCharacter(NAME_ZH, NAME_EN, i, text.charAt(i));
      }
    }
    char last = text.charAt(17);
    if (!(last >= '0' && last <= '9') && last != 'X') {
      throw CodeChecks.badCharacter(NAME_ZH, NAME_EN, 17, last);
    }
    LocalDate birthDate = birthDate(text);
    char expected = checkCharacter(text.substring(0, 17));
    if (last != expected) {
      throw CodeChecks.wrongCheck(NAME_ZH, NAME_EN, expected, last);
    }
    return new ResidentId(text, birthDate);
  }

  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (InvalidCodeException e) {
      return false;
    }
  }

  /** The check character for the first 17 digits. */
  public static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECKS.charAt(sum % 11);
  }

  private static LocalDate birthDate(String text) {
    String digits = text.substring(6, 14);
    LocalDate date;
    try {
      date = LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
          Integer.parseInt(digits.substring(6, 8)));
    } catch (DateTimeException e) {
      date = null;
    }
    if (date == null || date.getYear() < 1900 || date.isAfter(LocalDate.now(ZONE))) {
      throw new InvalidCodeException(InvalidCodeException.Reason.BIRTH_DATE,
          NAME_ZH + "中的出生日期「" + digits + "」不是有效日期",
          "The birth date '" + digits + "' in the " + NAME_EN + " is not a possible date");
    }
    return date;
  }

  public String value() {
    return value;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResidentId other && other.value.equals(value);
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
