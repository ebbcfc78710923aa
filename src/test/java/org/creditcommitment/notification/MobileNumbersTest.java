package org.creditcommitment.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.creditcommitment.system.ApiException;
import org.junit.jupiter.api.Test;

class MobileNumbersTest {

  @Test
  void aMainlandMobileNumberIsStoredAsElevenDigitsWhateverItsSpacingOrCountryCode() {
    assertThat(MobileNumbers.normalise("13800138000")).isEqualTo("13800138000");
    assertThat(MobileNumbers.normalise(" 138 0013-8000 ")).isEqualTo("13800138000");
    assertThat(MobileNumbers.normalise("+8613800138000")).isEqualTo("13800138000");
    assertThat(MobileNumbers.normalise("8613800138000")).isEqualTo("13800138000");
    assertThat(MobileNumbers.normalise("  ")).isNull();
    assertThat(MobileNumbers.normalise(null)).isNull();
  }

  @Test
  void anythingElseIsRefusedInChineseAndEnglish() {
    for (String bad : new String[] {"12345", "12800138000", "1380013800a", "138001380001", "010-12345678",
        "13800138000;13900139000"}) {
      assertThatThrownBy(() -> MobileNumbers.normalise(bad)).as(bad).isInstanceOf(ApiException.class)
          .hasMessageContaining("Invalid mobile number");
    }
  }

  @Test
  void aNumberIsShownWithItsMiddleFourDigitsMasked() {
    assertThat(MobileNumbers.mask("13800138000")).isEqualTo("138****8000");
  }
}
