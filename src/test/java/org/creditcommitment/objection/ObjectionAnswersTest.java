package org.creditcommitment.objection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

class ObjectionAnswersTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 10);

  @Test
  void keepingOrRevokingNeedsOnlyADecisionAndAnExplanation() {
    ObjectionAnswers.Answer answer = ObjectionAnswers.check("KEEP", "经核实无误", null, null, null, null, START);

    assertThat(answer.decision()).isEqualTo(ObjectionDecision.KEEP);
    assertThat(answer.correctedPublicityEnd()).isNull();
  }

  @Test
  void anUnknownDecisionOrAMissingExplanationIsRefused() {
    assertThatThrownBy(() -> ObjectionAnswers.check("MAYBE", "理由", null, null, null, null, START))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("objectionDecision");
    assertThatThrownBy(() -> ObjectionAnswers.check("REVOKE", null, null, null, null, null, START))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("answerExplanation");
  }

  @Test
  void aCorrectionChangesAtLeastOneField() {
    assertThatThrownBy(() -> ObjectionAnswers.check("CORRECT", "更正", null, null, null, null, START))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("at least one field");
  }

  @Test
  void aCorrectedPublicityEndIsADateNotBeforeThePublicityStart() {
    assertThat(ObjectionAnswers.check("CORRECT", "更正", null, null, null, "2026-06-30T00:00:00", START)
        .correctedPublicityEnd()).isEqualTo("2026-06-30");
    assertThatThrownBy(() -> ObjectionAnswers.check("CORRECT", "更正", null, null, null, "2025-12-31", START))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("before its start");
    assertThatThrownBy(() -> ObjectionAnswers.check("CORRECT", "更正", null, null, null, "30/06/2026", START))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("yyyy-MM-dd");
  }

  @Test
  void aCorrectedFieldHasALimit() {
    assertThatThrownBy(() -> ObjectionAnswers.check("CORRECT", "更正", "x".repeat(1001), null, null, null, START))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("1000");
  }
}
