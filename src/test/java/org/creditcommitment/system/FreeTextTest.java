package org.creditcommitment.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.creditcommitment.system.FreeText.Kind.LINE;
import static org.creditcommitment.system.FreeText.Kind.NAME;
import static org.creditcommitment.system.FreeText.Kind.TEXT;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

class FreeTextTest {

  @ParameterizedTest
  @ValueSource(strings = {"汕尾市鸿信建设工程有限公司", "汕尾市鸿运（集团）有限公司", "Shanwei Hongxin Co., Ltd.", "张伟",
      "𠀀字有限公司"})
  void realNamesPass(String name) {
    assertThat(FreeText.flaw(name, NAME)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"有限\u0000公司", "\u202e司公限有", "有限\u2067公司", "有限\u200f公司", "有限\n公司", "有限\t公司",
      "<script>alert(1)</script>", "有限公司>", "有限\ud800公司"})
  void namesWithControlsBidiMarkupOrLoneSurrogatesFail(String name) {
    assertThat(FreeText.flaw(name, NAME)).isPresent();
  }

  @Test
  void freeTextMayHoldMarkupLineBreaksAndTabsButNeverBidiOrOtherControls() {
    assertThat(FreeText.flaw("<b>已整改</b>\r\n\t详见附件", TEXT)).isEmpty();
    assertThat(FreeText.flaw("已整改\u202e", TEXT)).isPresent();
    assertThat(FreeText.flaw("已整改\u0007", TEXT)).isPresent();
    assertThat(FreeText.flaw("凭证<1>", LINE)).isEmpty();
    assertThat(FreeText.flaw("凭证\n第二行", LINE)).isPresent();
    assertThat(FreeText.flaw(null, NAME)).isEmpty();
  }

  @Test
  void aRefusalNamesTheFieldInBothLanguages() {
    assertThatThrownBy(() -> FreeText.require("applicantName", "\u202e司公", NAME))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
          assertThat(e.code()).isEqualTo("invalid-text");
          assertThat(e.messageZh()).contains("applicantName").contains("方向");
          assertThat(e.messageEn()).contains("applicantName").contains("bidirectional");
        });
  }
}
