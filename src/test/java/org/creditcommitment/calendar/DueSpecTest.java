package org.creditcommitment.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DueSpecTest {

  @Test
  void workingDaysPeriodsAndDurationsAreRecognised() {
    assertThat(DueSpec.parse("2WD")).isEqualTo(new DueSpec.WorkingDays(2));
    assertThat(DueSpec.parse(" 20wd ")).isEqualTo(new DueSpec.WorkingDays(20));
    assertThat(DueSpec.parse(DueSpec.SAME_WORKING_DAY)).isEqualTo(new DueSpec.WorkingDays(0));
    assertThat(DueSpec.parse("P15D")).isEqualTo(new DueSpec.CalendarPeriod(Period.ofDays(15)));
    assertThat(DueSpec.parse("P3M")).isEqualTo(new DueSpec.CalendarPeriod(Period.ofMonths(3)));
    assertThat(DueSpec.parse("PT4H")).isEqualTo(new DueSpec.ExactDuration(Duration.ofHours(4)));
    assertThat(DueSpec.parse("P1DT12H")).isEqualTo(new DueSpec.ExactDuration(Duration.ofHours(36)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "00WD", "1001WD", "-1WD", "2 WD", "WD", "P0D", "-P1D", "P-1D", "PT0S", "PT-1H",
      "5 days", "P1X", "15D", "P"})
  void malformedOrNonPositiveSpecsAreRefusedWithAClearMessage(String spec) {
    assertThatThrownBy(() -> DueSpec.parse(spec)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid deadline spec").hasMessageContaining("2WD");
    assertThat(DueSpec.isValid(spec)).isFalse();
  }

  @Test
  void nullIsRefused() {
    assertThatThrownBy(() -> DueSpec.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
