package org.creditcommitment.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.creditcommitment.subject.InvalidCodeException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {

  @ParameterizedTest
  @ValueSource(strings = {"91350100M000100Y43", "91441500MA4UH0AA1G", "91441500MA4UH0RL49", "91441500MA4UH0AP34"})
  void validCodesAreAccepted(String code) {
    assertThat(Uscc.parse(code).value()).isEqualTo(code);
    assertThat(Uscc.checkCharacter(code.substring(0, 17))).isEqualTo(code.charAt(17));
  }

  @Test
  void everySingleCharacterChangeIsDetected() {
    String valid = "91441500MA4UH0AA1G";
    String alphabet = Uscc.CHARSET + "IOSVZ-*中";
    int changes = 0;
    for (int position = 0; position < valid.length(); position++) {
      for (char replacement : alphabet.toCharArray()) {
        if (replacement == valid.charAt(position)) {
          continue;
        }
        String changed = valid.substring(0, position) + replacement + valid.substring(position + 1);
        assertThat(Uscc.isValid(changed)).as(changed).isFalse();
        changes++;
      }
    }
    assertThat(changes).isEqualTo(18 * (alphabet.length() - 1));
  }

  @Test
  void aLegalEarlyCodeWithAWrongCheckCharacterFailsOnItsCheckCharacter() {
    assertThatThrownBy(() -> Uscc.parse("91350100M0001TGQXM"))
        .isInstanceOfSatisfying(InvalidCodeException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.CHECK_CHARACTER);
          assertThat(e.messageZh()).contains("校验位错误");
          assertThat(e.messageEn()).contains("check character");
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"91441500MA4UH0AA1", "91441500MA4UH0AA1GG", "9"})
  void wrongLengthIsRefused(String code) {
    assertThatThrownBy(() -> Uscc.parse(code)).isInstanceOfSatisfying(InvalidCodeException.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.LENGTH));
  }

  @Test
  void missingCodeIsRefused() {
    assertThatThrownBy(() -> Uscc.parse(null)).isInstanceOf(InvalidCodeException.class);
    assertThatThrownBy(() -> Uscc.parse("")).isInstanceOfSatisfying(InvalidCodeException.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
  }

  @ParameterizedTest
  @ValueSource(strings = {"91441500MA4UH0AI1G", "91441500MA4UH0AO1G", "91441500MA4UH0A-1G", "91441500MA4UH0A中1G"})
  void charactersOutsideTheStandardSetAreRefused(String code) {
    assertThatThrownBy(() -> Uscc.parse(code)).isInstanceOfSatisfying(InvalidCodeException.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.CHARACTER));
  }

  @Test
  void lowerCaseIsRefusedNotFixed() {
    assertThatThrownBy(() -> Uscc.parse("91441500ma4uh0aa1g")).isInstanceOfSatisfying(InvalidCodeException.class, e -> {
      assertThat(e.reason()).isEqualTo(Reason.LOWER_CASE);
      assertThat(e.messageZh()).contains("小写");
    });
  }

  @Test
  void divisionCodeMustBeDigits() {
    String body = "91A41500MA4UH0AA1";
    assertThatThrownBy(() -> Uscc.parse(body + Uscc.checkCharacter(body)))
        .isInstanceOfSatisfying(InvalidCodeException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FORMAT));
  }
}
