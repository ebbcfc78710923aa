package org.creditcommitment.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.ClockConfig;
import org.junit.jupiter.api.Test;

class StatisticsRangeTest {

  /** 2026-12-31 20:00 UTC is already 2027-01-01 in Shanghai. */
  private static final Clock NEW_YEAR_IN_SHANGHAI = Clock.fixed(Instant.parse("2026-12-31T20:00:00Z"), ClockConfig.ZONE);

  @Test
  void withoutDatesTheRangeIsTheCurrentCalendarYearInShanghai() {
    StatisticsRange range = StatisticsRange.parse(null, "", NEW_YEAR_IN_SHANGHAI);
    assertThat(range.from()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(range.to()).isEqualTo(LocalDate.of(2027, 12, 31));
  }

  @Test
  void bothDaysAreIncludedFromMidnightToMidnightShanghaiTime() {
    StatisticsRange range = StatisticsRange.parse("2026-03-01", "2026-03-01", NEW_YEAR_IN_SHANGHAI);
    assertThat(range.start().toInstant()).isEqualTo(Instant.parse("2026-02-28T16:00:00Z"));
    assertThat(range.end().toInstant()).isEqualTo(Instant.parse("2026-03-01T16:00:00Z"));
  }

  @Test
  void malformedOrAbsurdDatesAndReversedRangesAreBadRequests() {
    for (String[] bad : new String[][] {{"2026-02-30", null}, {null, "31.12.2026"}, {"0001-01-01", null},
        {"2026-12-31", "2026-01-01"}, {"x".repeat(500), null}}) {
      assertThatThrownBy(() -> StatisticsRange.parse(bad[0], bad[1], NEW_YEAR_IN_SHANGHAI))
          .isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status().value()).isEqualTo(400);
            assertThat(e.messageZh()).hasSizeLessThan(120);
          });
    }
  }
}
