package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

class PunishmentPublicityTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  @Test
  void aRecordIsPublicForTheConfiguredPeriod() {
    assertThat(PunishmentPublicity.end(TODAY, Period.ofYears(1), List.of(PunishmentMeasure.PUBLICITY), null))
        .isEqualTo(LocalDate.of(2027, 11, 30));
  }

  @Test
  void aLongerBarOnCommitmentModeKeepsTheRecordPublicAsLong() {
    assertThat(PunishmentPublicity.end(TODAY, Period.ofYears(1), List.of(PunishmentMeasure.NO_COMMITMENT_MODE), 36))
        .isEqualTo(LocalDate.of(2029, 11, 30));
  }

  @Test
  void aShorterBarDoesNotShortenThePublicity() {
    assertThat(PunishmentPublicity.end(TODAY, Period.ofYears(1), List.of(PunishmentMeasure.NO_COMMITMENT_MODE), 6))
        .isEqualTo(LocalDate.of(2027, 11, 30));
  }

  @Test
  void barMonthsWithoutTheBarMeasureChangeNothing() {
    assertThat(PunishmentPublicity.end(TODAY, Period.ofYears(1), List.of(PunishmentMeasure.KEY_SUPERVISION), 60))
        .isEqualTo(LocalDate.of(2027, 11, 30));
  }
}
