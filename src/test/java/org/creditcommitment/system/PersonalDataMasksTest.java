package org.creditcommitment.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The product's one set of masks, which the subject, notification and audit modules all show values through (a
 * person's name: {@code subject/MaskingTest}, through the subject's own API).
 */
class PersonalDataMasksTest {

  @Test
  void anIdNumberKeepsItsFirstSixAndLastFourCharactersAndAShortValueIsMaskedWhole() {
    assertThat(PersonalDataMasks.idNumber("11010519491231002X")).isEqualTo("110105********002X");
    assertThat(PersonalDataMasks.idNumber("1234567890")).isEqualTo("**********");
    assertThat(PersonalDataMasks.idNumber(null)).isNull();
  }

  @Test
  void anEMailAddressKeepsItsFirstCharacterAndDomainAndAValueWithoutALocalPartIsMaskedWhole() {
    assertThat(PersonalDataMasks.email("zhang.san@example.org")).isEqualTo("z***@example.org");
    assertThat(PersonalDataMasks.email("@example.org")).isEqualTo("************");
    assertThat(PersonalDataMasks.email(null)).isNull();
  }

  @Test
  void aMobileNumberKeepsItsFirstThreeAndLastFourDigitsAndAShortValueIsMaskedWhole() {
    assertThat(PersonalDataMasks.mobile("13800138000")).isEqualTo("138****8000");
    assertThat(PersonalDataMasks.mobile("1380013")).isEqualTo("*******");
    assertThat(PersonalDataMasks.mobile(null)).isNull();
  }
}
