package org.creditcommitment.subject;

import org.creditcommitment.subject.InvalidCodeException.Reason;

/** Checks shared by both code types: presence, length and case, each with its own message. */
final class CodeChecks {

  static final int LENGTH = 18;

  private CodeChecks() {}

  static void requireShape(String text, String nameZh, String nameEn) {
    if (text == null || text.isEmpty()) {
      throw new InvalidCodeException(Reason.EMPTY, nameZh + "不能为空", "The " + nameEn + " is empty");
    }
    if (text.length() != LENGTH) {
      throw new InvalidCodeException(Reason.LENGTH,
          nameZh + "应为18位，实际为" + text.length() + "位",
          "The " + nameEn + " must have 18 characters, not " + text.length());
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        // not silently upper-cased: the applicant must see and fix what was typed
        throw new InvalidCodeException(Reason.LOWER_CASE,
            nameZh + "含有小写字母（第" + (i + 1) + "位），请使用大写字母",
            "The " + nameEn + " contains a lower-case letter at position " + (i + 1) + "; use upper case");
      }
    }
  }

  static InvalidCodeException badCharacter(String nameZh, String nameEn, int index, char c) {
    return new InvalidCodeException(Reason.CHARACTER,
        nameZh + "第" + (index + 1) + "位字符「" + c + "」不合法",
        "The " + nameEn + " has an invalid character '" + c + "' at position " + (index + 1));
  }

  static InvalidCodeException wrongCheck(String nameZh, String nameEn, char expected, char actual) {
    return new InvalidCodeException(Reason.CHECK_CHARACTER,
        nameZh + "校验位错误，请核对是否录入有误",
        "The " + nameEn + " has a wrong check character ('" + actual + "' found, '" + expected + "' expected)");
  }
}
