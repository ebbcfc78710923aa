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
      "欧阳娜娜", "王·阿依古丽"})
  void realNamesPass(String name) {
    assertThat(FreeText.flaw(name, NAME)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"有限\u0000公司", "\u202e司公限有", "有限\u2067公司", "有限\u200f公司", "有限\n公司", "有限\t公司",
      "<script>alert(1)</script>", "有限公司>", "有限\ud800公司"})
  void namesWithControlsBidiMarkupOrLoneSurrogatesFail(String name) {
    assertThat(FreeText.flaw(name, NAME)).isPresent();
  }

  /**
   * Emoji, a rare character of CJK Extension B, a private-use character, a 4-byte symbol: the documents' font
   * cannot print them, so they are refused where text is accepted, naming the character, rather than found out when
   * a deciding step lays out its document.
   */
  @ParameterizedTest
  @ValueSource(strings = {"已整改\uD83D\uDE00", "\uD840\uDC00字有限公司", "私用\uE000字符", "音符\uD834\uDD1E",
      "扩展G\uD884\uDC00"})
  void charactersTheDocumentsFontCannotPrintFailNamingTheCharacter(String text) {
    int character = text.codePoints().filter(cp -> !DocumentFont.prints(cp)).findFirst().orElseThrow();
    assertThat(FreeText.flaw(text, TEXT)).hasValueSatisfying(flaw -> {
      assertThat(flaw[0]).contains("文书字体无法打印", String.format("U+%04X", character));
      assertThat(flaw[1]).contains("cannot print", String.format("U+%04X", character));
    });
  }

  @Test
  void everyCharacterOfTheBasicChineseBlockAndCommonPunctuationPrints() {
    assertThat(java.util.stream.IntStream.rangeClosed(0x4E00, 0x9FA5).filter(cp -> !DocumentFont.prints(cp)))
        .isEmpty();
    assertThat(FreeText.flaw("（一）、【二】；“三”。 ¥100 ①②③ ℃ ×÷", TEXT)).isEmpty();
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
