package org.creditcommitment.system;

import java.util.Set;

/**
 * How the product masks personal data wherever it shows or logs it without the full value (the public board, forms,
 * listings, the audit log, short-message records): one rule per kind of value, so every module masks a value the same
 * way. Modules that know a value's kind from elsewhere (a subject's type, a stored mobile number) call these; none
 * writes its own.
 */
public final class PersonalDataMasks {

  /** Compound family names (复姓) kept whole; any other name keeps its first character. */
  private static final Set<String> COMPOUND_FAMILY_NAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫",
      "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "司空", "令狐", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门",
      "百里", "呼延", "澹台", "公冶", "太史", "申屠", "闻人", "赫连", "钟离", "濮阳", "万俟", "单于", "拓跋", "第五");

  private PersonalDataMasks() {}

  /** ID numbers keep the first 6 and the last 4 characters: 441502********1239; null stays null. */
  public static String idNumber(String id) {
    if (id == null || id.length() <= 10) {
      return id == null ? null : "*".repeat(id.length());
    }
    return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
  }

  /** A natural person's name keeps the family name: 张** for 张三丰, 欧阳** for 欧阳娜娜. */
  public static String personName(String name) {
    if (name == null || name.isBlank()) {
      return name;
    }
    String trimmed = name.strip();
    int[] cps = trimmed.codePoints().toArray();
    int keep = cps.length > 2 && COMPOUND_FAMILY_NAMES.contains(new String(cps, 0, 2)) ? 2 : 1;
    if (cps.length <= keep) {
      return new String(cps, 0, keep) + "*";
    }
    return new String(cps, 0, keep) + "*".repeat(cps.length - keep);
  }

  /**
   * An e-mail address keeps its first character and its domain: z***@example.org; null stays null, and a value
   * without a local part before an {@code @} is masked whole.
   */
  public static String email(String address) {
    if (address == null) {
      return null;
    }
    int at = address.indexOf('@');
    if (at < 1) {
      return "*".repeat(address.length());
    }
    return address.charAt(0) + "***" + address.substring(at);
  }

  /** A mobile number keeps its first three and its last four digits: 138****8000; null stays null. */
  public static String mobile(String mobile) {
    if (mobile == null) {
      return null;
    }
    if (mobile.length() < 8) {
      return "*".repeat(mobile.length());
    }
    return mobile.substring(0, 3) + "*".repeat(mobile.length() - 7) + mobile.substring(mobile.length() - 4);
  }
}
