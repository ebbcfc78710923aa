package org.creditcommitment.subject;

import org.creditcommitment.system.PersonalDataMasks;

/**
 * Masking of a subject's name and code for anything public (DESIGN.md "Security"): by the subject's type, with the
 * product's masks ({@link PersonalDataMasks}).
 */
public final class Masking {

  private Masking() {}

  /** ID numbers keep the first 6 and the last 4 characters: 441502********1239. */
  public static String idNumber(String id) {
    return PersonalDataMasks.idNumber(id);
  }

  /** A natural person's name keeps the family name: 张** for 张三丰, 欧阳** for 欧阳娜娜. */
  public static String personName(String name) {
    return PersonalDataMasks.personName(name);
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
