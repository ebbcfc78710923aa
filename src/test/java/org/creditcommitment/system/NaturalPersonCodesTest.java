package org.creditcommitment.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The one rule for whether a code, read from its text alone, may be a natural person's; and its stricter shape. */
class NaturalPersonCodesTest {

  static final String RESIDENT_ID = "11010519491231002X";
  static final String USCC = "91441500MA4UH0AA1G";
  /** A valid USCC of digits only whose check character is a digit (registration authority 1, 机构编制). */
  static final String ALL_DIGIT_USCC = "114415000000000060";
  static final String ALL_DIGIT_USCC_LETTER_CHECK = "11441500000000001G";

  /** Codes whose Java rule the SQL rule must match: valid and invalid, short, empty and of any case. */
  static final List<String> REPRESENTATIVE = List.of(RESIDENT_ID, "11010519491231002x", "441502199003151239", USCC,
      "91441500ma4uh0aa1g", ALL_DIGIT_USCC, ALL_DIGIT_USCC_LETTER_CHECK, "12345", "1234567890123456789012",
      "12345678901234567-", "A1010519491231002X", "1101051949123100X2", "91441500-MA4UH0AA1", "欧阳娜娜", "");

  @Test
  void everyResidentIdNumberMayBeAPersonsAndEveryUsccWithALetterInItsFirst17IsNot() {
    assertThat(NaturalPersonCodes.mayBe(RESIDENT_ID)).isTrue();
    assertThat(NaturalPersonCodes.mayBe("441502199003151239")).isTrue();
    assertThat(NaturalPersonCodes.mayBe(USCC)).isFalse();
    assertThat(NaturalPersonCodes.mayBe("91441500ma4uh0aa1g")).isFalse();
    assertThat(NaturalPersonCodes.mayBe(null)).isFalse();
  }

  @Test
  void theShapeOfAResidentIdIsSeventeenDigitsAndADigitOrXAndEveryCodeOfThatShapeMayBeAPersons() {
    assertThat(NaturalPersonCodes.shapedAsResidentId(RESIDENT_ID)).isTrue();
    assertThat(NaturalPersonCodes.shapedAsResidentId("11010519491231002x")).isTrue();
    assertThat(NaturalPersonCodes.shapedAsResidentId(USCC)).isFalse();
    assertThat(NaturalPersonCodes.shapedAsResidentId("12345")).isFalse();
    assertThat(NaturalPersonCodes.shapedAsResidentId("12345678901234567-")).isFalse();
    assertThat(NaturalPersonCodes.shapedAsResidentId(null)).isFalse();
    for (String code : REPRESENTATIVE) {
      if (NaturalPersonCodes.shapedAsResidentId(code)) {
        assertThat(NaturalPersonCodes.mayBe(code)).as(code).isTrue();
      }
    }
  }

  /** Where the two strengths part: an all-digit USCC, which the subject's type makes an organisation's anyway. */
  @Test
  void aUsccOfDigitsOnlyMayBeAPersonsAndIsShapedAsOneOnlyWhenItsCheckCharacterIsADigit() {
    assertThat(NaturalPersonCodes.mayBe(ALL_DIGIT_USCC)).isTrue();
    assertThat(NaturalPersonCodes.shapedAsResidentId(ALL_DIGIT_USCC)).isTrue();
    assertThat(NaturalPersonCodes.mayBe(ALL_DIGIT_USCC_LETTER_CHECK)).isTrue();
    assertThat(NaturalPersonCodes.shapedAsResidentId(ALL_DIGIT_USCC_LETTER_CHECK)).isFalse();
  }
}
