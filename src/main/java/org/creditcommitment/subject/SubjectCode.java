package org.creditcommitment.subject;

import org.creditcommitment.system.NaturalPersonCodes;

/**
 * The identifier of a credit subject: a USCC (legal person) or a resident ID (natural person).
 * {@link #parse} decides which; {@link SubjectCodes#parse} additionally accepts registered checksum
 * exceptions and is what application code should use for input.
 *
 * @param checksumException true when the code fails its check character but a credit officer
 *     registered it as an exception
 */
public record SubjectCode(String value, SubjectType type, boolean checksumException) {

  /** Strict parsing: format and check character must be right. */
  public static SubjectCode parse(String text) {
    if (looksLikeResidentId(text)) {
      try {
        return new SubjectCode(ResidentId.parse(text).value(), SubjectType.NATURAL, false);
      } catch (InvalidCodeException asResidentId) {
        // 18 digits can also be a USCC (registration authority 1-9); accept it if it is one
        if (Uscc.isValid(text)) {
          return new SubjectCode(text, SubjectType.LEGAL, false);
        }
        throw neither(asResidentId, text);
      }
    }
    return new SubjectCode(Uscc.parse(text).value(), SubjectType.LEGAL, false);
  }

  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (InvalidCodeException e) {
      return false;
    }
  }

  static boolean looksLikeResidentId(String text) {
    return NaturalPersonCodes.shapedAsResidentId(text);
  }

  private static InvalidCodeException neither(InvalidCodeException asResidentId, String text) {
    if (text.charAt(17) == 'X' || text.charAt(17) == 'x') {
      return asResidentId;
    }
    return new InvalidCodeException(asResidentId.reason(),
        "既不是有效的公民身份号码，也不是有效的统一社会信用代码：" + asResidentId.messageZh(),
        "Neither a valid resident ID nor a valid unified social credit code: " + asResidentId.messageEn());
  }

  /** What may be shown publicly: a natural person's ID masked, a USCC as is. */
  public String masked() {
    return type == SubjectType.NATURAL ? Masking.idNumber(value) : value;
  }


  @Override
  public String toString() {
    return value;
  }
}
