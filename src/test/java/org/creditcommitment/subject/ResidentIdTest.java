package org.creditcommitment.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.creditcommitment.subject.InvalidCodeException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"11010519491231002X", "441502199003151239", "445281198511072463"})
  void validIdsAreAccepted(String id) {
    assertThat(ResidentId.parse(id).value()).isEqualTo(id);
  }

  @Test
  void birthDateIsRead() {
    assertThat(ResidentId.parse("11010519491231002X").birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
  }

  @Test
  void everySingleCharacterChangeIsDetected() {
    String valid = "11010519491231002X";
    String alphabet = "0123456789XAx ";
    for (int position = 0; position < valid.length(); position++) {
      for (char replacement : alphabet.toCharArray()) {
        if (replacement == valid.charAt(position)) {
          continue;
        }
        String changed = valid.substring(0, position) + replacement + valid.substring(position + 1);
        assertThat(ResidentId.isValid(changed)).as(changed).isFalse();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"19990230", "19990931", "20230229", "18991231", "19991301", "19990000", "29990101"})
  void impossibleBirthDatesAreRefusedEvenWithARightCheckCharacter(String birthDate) {
    String body = "110105" + birthDate + "001";
    assertThatThrownBy(() -> ResidentId.parse(body + ResidentId.checkCharacter(body)))
        .isInstanceOfSatisfying(InvalidCodeException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.BIRTH_DATE);
          assertThat(e.messageZh()).contains(birthDate).contains("出生日期");
        });
  }

  @Test
  void leapDayIsAPossibleBirthDate() {
    String body = "11010520000229001";
    assertThat(ResidentId.isValid(body + ResidentId.checkCharacter(body))).isTrue();
  }

  @Test
  void wrongCheckCharacterIsRefused() {
    assertThatThrownBy(() -> ResidentId.parse("110105194912310021"))
        .isInstanceOfSatisfying(InvalidCodeException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CHECK_CHARACTER));
  }

  @Test
  void lowerCaseXIsRefusedNotFixed() {
    assertThatThrownBy(() -> ResidentId.parse("11010519491231002x"))
        .isInstanceOfSatisfying(InvalidCodeException.class, e -> assertThat(e.reason()).isEqualTo(Reason.LOWER_CASE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"11010519491231002", "11010519491231002X1", "110105491231002"})
  void wrongLengthIsRefused(String id) {
    assertThatThrownBy(() -> ResidentId.parse(id))
        .isInstanceOfSatisfying(InvalidCodeException.class, e -> assertThat(e.reason()).isEqualTo(Reason.LENGTH));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1101051949123100AX", "11010519491231002Y", "１10105194912310021"})
  void nonDigitsAreRefused(String id) {
    assertThatThrownBy(() -> ResidentId.parse(id))
        .isInstanceOfSatisfying(InvalidCodeException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CHARACTER));
  }
}
