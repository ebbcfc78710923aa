package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.creditcommitment.supervision.SupervisionProperties;
import org.junit.jupiter.api.Test;

/** The step that reads 决定惩戒措施's barMonths agrees with the form: a whole number given as a number, or nothing. */
class PunishmentMeasuresListenerTest {

  @Test
  void withoutAValueTheBarIsTheDefaultYear() {
    assertThat(PunishmentMeasuresListener.barMonths(null)).isEqualTo(12);
    assertThat(PunishmentMeasuresListener.barMonths(" ")).isEqualTo(12);
  }

  @Test
  void aWholeNumberOfMonthsIsTakenAsGivenWhateverItsNumberType() {
    assertThat(PunishmentMeasuresListener.barMonths(60)).isEqualTo(60);
    assertThat(PunishmentMeasuresListener.barMonths(24L)).isEqualTo(24);
    assertThat(PunishmentMeasuresListener.barMonths(36.0)).isEqualTo(36);
  }

  @Test
  void aValueGivenIsNeverReplacedByTheDefaultOrCutToAWholeMonth() {
    for (Object given : List.of("60", "1.5", 1.5, 0, -3, Double.NaN, Long.MAX_VALUE, true)) {
      assertThatThrownBy(() -> PunishmentMeasuresListener.barMonths(given)).as(String.valueOf(given))
          .isInstanceOf(BadUserRequestException.class).hasMessageContaining("barMonths");
    }
  }

  @Test
  void theKeySupervisionPeriodIsTheConfiguredDefaultWhenEmptyAndNeverBeyondTheConfiguredMost() {
    SupervisionProperties.Measure measure = new SupervisionProperties.Measure(6, 24);
    assertThat(PunishmentMeasuresListener.supervisionMonths(null, measure)).isEqualTo(6);
    assertThat(PunishmentMeasuresListener.supervisionMonths("", measure)).isEqualTo(6);
    assertThat(PunishmentMeasuresListener.supervisionMonths(24, measure)).isEqualTo(24);
    assertThat(PunishmentMeasuresListener.supervisionMonths(1.0, measure)).isEqualTo(1);
    for (Object given : List.of(25, 60, 0, -1, 1.5, "3", Double.NaN, Long.MAX_VALUE)) {
      assertThatThrownBy(() -> PunishmentMeasuresListener.supervisionMonths(given, measure)).as(String.valueOf(given))
          .isInstanceOf(BadUserRequestException.class).hasMessageContaining("supervisionMonths")
          .hasMessageContaining("24");
    }
  }

  @Test
  void aConfigurationWhoseMostTheFormCannotTakeOrWhoseDefaultExceedsItsMostIsRefusedAtStart() {
    for (int[] bad : new int[][] {{12, 61}, {12, 0}, {40, 36}, {0, 36}}) {
      assertThatThrownBy(() -> new SupervisionProperties.Measure(bad[0], bad[1])).as(bad[0] + "/" + bad[1])
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max-months");
    }
    assertThat(new SupervisionProperties.Measure(null, null)).isEqualTo(new SupervisionProperties.Measure(12, 36));
  }
}
