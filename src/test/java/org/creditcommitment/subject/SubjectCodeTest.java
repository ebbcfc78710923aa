package org.creditcommitment.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SubjectCodeTest {

  @Test
  void aUsccIsALegalPerson() {
    SubjectCode code = SubjectCode.parse("91441500MA4UH0AA1G");
    assertThat(code.type()).isEqualTo(SubjectType.LEGAL);
    assertThat(code.checksumException()).isFalse();
    assertThat(code.masked()).isEqualTo("91441500MA4UH0AA1G");
  }

  @Test
  void aResidentIdIsANaturalPersonAndMaskedForThePublic() {
    SubjectCode code = SubjectCode.parse("441502199003151239");
    assertThat(code.type()).isEqualTo(SubjectType.NATURAL);
    assertThat(code.masked()).isEqualTo("441502********1239");
  }

  @Test
  void anAllDigitUsccIsStillALegalPerson() {
    String body = "11441500000000001"; // registration authority 1 (机构编制), no letters, no real birth date
    String code = body + Uscc.checkCharacter(body);
    assertThat(SubjectCode.parse(code).type()).isEqualTo(SubjectType.LEGAL);
  }

  @Test
  void invalidCodesAreRefusedWithBothLanguages() {
    assertThatThrownBy(() -> SubjectCode.parse("91350100M0001TGQXM")).isInstanceOfSatisfying(InvalidCodeException.class,
        e -> assertThat(e.messageZh()).contains("统一社会信用代码"));
    assertThatThrownBy(() -> SubjectCode.parse("110105199902300011")).isInstanceOfSatisfying(InvalidCodeException.class,
        e -> assertThat(e.messageEn()).contains("Neither a valid resident ID"));
    assertThatThrownBy(() -> SubjectCode.parse("11010519491231002x")).isInstanceOfSatisfying(InvalidCodeException.class,
        e -> assertThat(e.reason()).isEqualTo(InvalidCodeException.Reason.LOWER_CASE));
    assertThat(new InvalidCodeException(InvalidCodeException.Reason.LENGTH, "zh", "en"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
