package org.creditcommitment.subject;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

  @Test
  void idNumbersKeepTheFirstSixAndLastFourCharacters() {
    assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("110105********002X");
    assertThat(Masking.idNumber("441502199003151239")).isEqualTo("441502********1239");
  }

  @Test
  void personNamesKeepTheFamilyName() {
    assertThat(Masking.personName("张三丰")).isEqualTo("张**");
    assertThat(Masking.personName("张伟")).isEqualTo("张*");
    assertThat(Masking.personName("欧阳娜娜")).isEqualTo("欧阳**");
    assertThat(Masking.personName("欧阳娜")).isEqualTo("欧阳*");
    assertThat(Masking.personName("司马光")).isEqualTo("司马*");
    assertThat(Masking.personName("李")).isEqualTo("李*");
  }

  @Test
  void legalPersonsAreShownInFullNaturalPersonsMasked() {
    assertThat(Masking.subjectName("汕尾市海韵食品有限公司", SubjectType.LEGAL)).isEqualTo("汕尾市海韵食品有限公司");
    assertThat(Masking.subjectName("欧阳娜", SubjectType.NATURAL)).isEqualTo("欧阳*");
    assertThat(Masking.subjectCode("91441500MA4UH0AA1G", SubjectType.LEGAL)).isEqualTo("91441500MA4UH0AA1G");
    assertThat(Masking.subjectCode("445281198511072463", SubjectType.NATURAL)).isEqualTo("445281********2463");
  }
}
