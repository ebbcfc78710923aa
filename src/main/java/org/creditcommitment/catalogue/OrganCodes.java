package org.creditcommitment.catalogue;

import java.util.regex.Pattern;

/**
 * Checks an organ's 统一社会信用代码 (GB 32100-2015: 18 characters, the last a check character) and a 行政区划代码 (GB/T
 * 2260: six digits), so that a catalogue naming a department the credit platform cannot identify stops the start
 * instead of failing a push later.
 */
final class OrganCodes {

  private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final Pattern USCC = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");
  private static final Pattern REGION = Pattern.compile("[1-9]\\d{5}");

  private OrganCodes() {}

  static boolean isUscc(String code) {
    if (code == null || !USCC.matcher(code).matches()) {
      return false;
    }
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < 17; i++) {
      sum += CHARSET.indexOf(code.charAt(i)) * weight;
      weight = weight * 3 % 31;
    }
    int check = 31 - sum % 31;
    return code.charAt(17) == CHARSET.charAt(check == 31 ? 0 : check);
  }

  static boolean isRegionCode(String code) {
    return code != null && REGION.matcher(code).matches();
  }
}
