package org.creditcommitment.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** How much of a listed subject's cases is drawn: the grade's own key-supervision share, or the general one. */
class KeySupervisionSharesTest {

  private final SupervisionProperties.KeySupervision keySupervision =
      new SupervisionProperties.KeySupervision("P1Y", 1.0, Map.of("AAA", 0.6), null);

  @Test
  void aListedSubjectsGradeWithItsOwnShareIsDrawnAtThatShareAndEveryOtherGradeAtTheGeneralOne() {
    assertThat(keySupervision.shareFor("AAA")).isEqualTo(0.6);
    assertThat(keySupervision.shareFor("AA")).isEqualTo(1.0);
    assertThat(new SupervisionProperties.KeySupervision("P1Y", 0.8, null, null).shareFor("AAA")).isEqualTo(0.8);
  }
}
