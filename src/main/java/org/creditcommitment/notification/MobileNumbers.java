package org.creditcommitment.notification;

import java.util.regex.Pattern;

import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.PersonalDataMasks;

/**
 * Mainland China mobile numbers as the product stores them: eleven digits starting 13–19, an optional +86 or 86 in
 * front and spaces or hyphens between the digits accepted on input and dropped.
 */
public final class MobileNumbers {

  private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

  private MobileNumbers() {}

  /** The stored form of a number given by a person; null or blank stays null (a mobile number is optional). */
  public static String normalise(String input) {
    if (input == null || input.isBlank()) {
      return null;
    }
    String digits = input.strip().replace(" ", "").replace("-", "");
    if (digits.startsWith("+86")) {
      digits = digits.substring(3);
    } else if (digits.startsWith("86") && digits.length() == 13) {
      digits = digits.substring(2);
    }
    if (!MOBILE.matcher(digits).matches()) {
      throw ApiException.badRequest("invalid-mobile", "手机号码格式错误：须为11位中国大陆手机号码（如 13800138000）",
          "Invalid mobile number: eleven digits of a mainland China mobile number expected (e.g. 13800138000)");
    }
    return digits;
  }

  /** Whether a stored number is one {@link #normalise} would produce. */
  static boolean valid(String mobile) {
    return mobile != null && MOBILE.matcher(mobile).matches();
  }

  /** The first three and the last four digits, as listings and logs show a number: 138****8000. */
  public static String mask(String mobile) {
    return PersonalDataMasks.mobile(mobile);
  }
}
