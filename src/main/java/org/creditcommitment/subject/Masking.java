package org.creditcommitment.subject;

import java.util.Set;

/** Masking of personal data for anything public (DESIGN.md "Security"). */
public final class Masking {

  /** Compound family names (复姓) kept whole; any other name keeps its first character. */
  private static final Set<String> COMPOUND_FAMILY_NAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫",
      "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "司空", "令狐", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门",
      "百里", "呼延", "澹台", "公冶", "太史", "申屠", "闻人", "赫连", "钟离", "濮阳", "万俟", "单于", "拓跋", "第五");

  private Masking() {}

  /** ID numbers keep the first 6 and the last 4 characters: 441502********1239. */
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

  /** A subject's name as shown publicly: legal persons in full, natural persons masked. */
  public static String subjectName(String name, SubjectType type) {
    return type == SubjectType.NATURAL ? personName(name) : name;
  }

  /** A subject's code as shown publicly: USCCs in full, resident IDs masked. */
  public static String subjectCode(String code, SubjectType type) {
    return type == SubjectType.NATURAL ? idNumber(code) : code;
  }

  /** A valid code as shown publicly, its type read from the code itself. */
  public static String subjectCode(String code) {
    return subjectCode(code, SubjectCode.parse(code).type());
  }

  /** The name of the subject with this valid code as shown publicly, the type read from the code. */
  public static String subjectName(String name, String code) {
    return subjectName(name, SubjectCode.parse(code).type());
  }
}
