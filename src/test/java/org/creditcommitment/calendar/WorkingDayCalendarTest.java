package org.creditcommitment.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of DESIGN.md "Deadlines" on the shipped 2024-2026 data. */
class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar =
      new WorkingDayCalendar(new CalendarProperties(Path.of("target/no-such-calendar-folder")));

  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendar.ZONE).toInstant();
  }

  @Test
  void twoWorkingDaysFromTheEveOfNationalDayEndAtMidnightAfterOctoberNinth() {
    Due due = calendar.due(at("2026-09-30T10:00"), "2WD");

    assertThat(due.dueDate()).isEqualTo(LocalDate.of(2026, 10, 9));
    assertThat(due.dueAt()).isEqualTo(OffsetDateTime.parse("2026-10-10T00:00:00+08:00"));
    assertThat(due.provisional()).isFalse();
  }

  @Test
  void oneWorkingDayFromFriday13FebruaryIsTheAdjustedSaturday() {
    assertThat(calendar.dueAfterWorkingDays(at("2026-02-13T16:00"), 1).dueDate()).isEqualTo(LocalDate.of(2026, 2, 14));
  }

  @Test
  void theSameWorkingDayEndsAtMidnightOfTheDayOrOfTheNextWorkingDayAfterADayOff() {
    assertThat(calendar.due(at("2026-09-30T16:00"), "0WD").dueAt())
        .isEqualTo(OffsetDateTime.parse("2026-10-01T00:00:00+08:00"));
    assertThat(calendar.due(at("2026-10-01T10:00"), "0WD").dueDate()).isEqualTo(LocalDate.of(2026, 10, 8));
    assertThat(calendar.due(at("2026-02-14T10:00"), "0WD").dueDate()).isEqualTo(LocalDate.of(2026, 2, 14));
  }

  @Test
  void aSuspensionKeepsOffTheClockTheWorkingDaysAfterItsDayUpToAndIncludingTheDayItEnds() {
    // 10-01..07 off, 10-08 and 10-09 worked, 10-10 an adjusted working Saturday, 10-11 Sunday off
    assertThat(calendar.workingDaysAfter(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 12))).isEqualTo(4);
    assertThat(calendar.workingDaysAfter(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7)))
        .as("a suspension within a holiday costs no working day").isZero();
    assertThat(calendar.workingDaysAfter(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7)))
        .as("suspended and resumed the same day").isZero();
    assertThat(calendar.workingDaysAfter(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 7))).isZero();
  }

  @Test
  void aPostponedDeadlineEndsAtMidnightOfTheNthWorkingDayAfterItsLastDay() {
    Instant endOfSeptember30 = at("2026-10-01T00:00");
    Due moved = calendar.postpone(endOfSeptember30, 3);
    assertThat(moved.dueDate()).as("10-08, 10-09 and the worked Saturday 10-10").isEqualTo(LocalDate.of(2026, 10, 10));
    assertThat(moved.dueAt()).isEqualTo(OffsetDateTime.parse("2026-10-11T00:00:00+08:00"));

    // an extension of ten working days (行政许可法 第四十二条) from Friday 2026-12-04
    assertThat(calendar.postpone(at("2026-12-05T00:00"), 10).dueDate()).isEqualTo(LocalDate.of(2026, 12, 18));
    assertThat(calendar.postpone(endOfSeptember30, 0).instant()).isEqualTo(endOfSeptember30);
    assertThatThrownBy(() -> calendar.postpone(endOfSeptember30, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSuspensionAndResumptionMoveTheLastDayByTheWorkingDaysTheClockStood() {
    // the decision was due at the end of Friday 2026-10-09; the clock stood from 09-30 to 10-12
    Instant due = at("2026-10-10T00:00");
    int stood = calendar.workingDaysAfter(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 12));
    assertThat(calendar.postpone(due, stood).dueDate()).as("10-10, 10-12, 10-13, 10-14")
        .isEqualTo(LocalDate.of(2026, 10, 14));
  }

  @Test
  void ofTwoPeriodsTheShorterIsTheOneThatEndsFirstSoAPeriodMayShortenAnotherNeverExtendIt() {
    Instant from = at("2026-03-02T10:00");
    assertThat(calendar.shorter(from, "P3M", "P6M")).isEqualTo("P3M");
    assertThat(calendar.shorter(from, "P1M", "P6M")).isEqualTo("P1M");
    assertThat(calendar.shorter(from, "P6M", "P3M")).isEqualTo("P3M");
    assertThat(calendar.shorter(from, "10WD", "3WD")).isEqualTo("3WD");
    assertThat(calendar.shorter(from, "3WD", "0WD")).isEqualTo("0WD");
  }

  @ParameterizedTest(name = "{1} working day(s) from {0} → {2}")
  @CsvSource({
      // adjusted working Sunday (调休) before the Mid-Autumn/National Day holidays
      "2026-09-19T09:00, 1, 2026-09-20",
      // adjusted working Saturday after National Day
      "2026-10-09T09:00, 1, 2026-10-10",
      // Spring Festival: 02-15 to 02-23 off
      "2026-02-14T09:00, 1, 2026-02-24",
      // an ordinary weekend
      "2026-03-06T09:00, 1, 2026-03-09",
      // the day of the event never counts, however late
      "2026-09-29T23:59, 1, 2026-09-30",
      // year boundaries: New Year's Day off; 2026-01-04 (Sunday) worked
      "2024-12-31T09:00, 1, 2025-01-02",
      "2025-12-31T09:00, 1, 2026-01-04",
      "2025-12-30T09:00, 3, 2026-01-05",
      "2026-09-30T10:00, 20, 2026-11-03"
  })
  void workingDaysSkipHolidaysAndWeekendsAndCountAdjustedWorkingDays(String from, int days, LocalDate dueDate) {
    Due due = calendar.dueAfterWorkingDays(at(from), days);
    assertThat(due.dueDate()).isEqualTo(dueDate);
    assertThat(due.dueAt()).isEqualTo(dueDate.plusDays(1).atStartOfDay(WorkingDayCalendar.ZONE).toOffsetDateTime());
    assertThat(due.provisional()).isFalse();
  }

  @Test
  void theEventDateIsTakenInShanghaiTime() {
    // 16:30 UTC on 29 September is already 00:30 on 30 September in Shanghai
    Due due = calendar.dueAfterWorkingDays(Instant.parse("2026-09-29T16:30:00Z"), 1);
    assertThat(due.dueDate()).isEqualTo(LocalDate.of(2026, 10, 8));
  }

  @Test
  void aYearWithoutDataSkipsWeekendsOnlyAndIsProvisional() {
    Due intoTheUnknownYear = calendar.dueAfterWorkingDays(at("2026-12-31T10:00"), 2);
    assertThat(intoTheUnknownYear.dueDate()).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(intoTheUnknownYear.provisional()).isTrue();

    assertThat(calendar.dueAfterWorkingDays(at("2023-06-01T10:00"), 1).provisional()).isTrue();
    assertThat(calendar.dueAfterWorkingDays(at("2026-12-30T10:00"), 1).provisional()).isFalse();
  }

  @Test
  void calendarPeriodsEndAtMidnightAfterTheDateReachedWhateverTheDay() {
    Due fifteenDays = calendar.due(at("2026-09-30T10:00"), "P15D");
    assertThat(fifteenDays.dueDate()).isEqualTo(LocalDate.of(2026, 10, 15));
    assertThat(fifteenDays.dueAt()).isEqualTo(OffsetDateTime.parse("2026-10-16T00:00:00+08:00"));

    Due threeMonths = calendar.due(at("2026-11-30T15:00"), "P3M");
    assertThat(threeMonths.dueDate()).isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(threeMonths.provisional()).isFalse();

    // a holiday is not skipped by a calendar period
    assertThat(calendar.due(at("2026-09-30T10:00"), "P1D").dueDate()).isEqualTo(LocalDate.of(2026, 10, 1));
  }

  @Test
  void aDeadlineBeyondTheDatesJavaCountsIsAnInvalidSpecNotAnInternalError() {
    assertThatThrownBy(() -> calendar.due(at("2026-09-30T10:00"), "P1000000000Y"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beyond the supported range");
    assertThatThrownBy(() -> calendar.due(at("2026-09-30T10:00"), "PT9999999999999H"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.due(at("+999999999-12-31T10:00"), "2WD"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void durationsWithATimePartEndExactly() {
    Due due = calendar.due(at("2026-09-30T22:00"), "PT4H");
    assertThat(due.dueAt()).isEqualTo(OffsetDateTime.parse("2026-10-01T02:00:00+08:00"));
    assertThat(due.dueDate()).isEqualTo(LocalDate.of(2026, 10, 1));
  }

  @Test
  void workingDayRemindersFireAtTheStartOfTheDayWithThatManyWorkingDaysLeft() {
    Due due = calendar.due(at("2026-09-30T10:00"), "2WD");

    assertThat(calendar.reminderBefore(due, "1WD")).isEqualTo(at("2026-10-09T00:00"));
    assertThat(calendar.reminderBefore(due, "2WD")).isEqualTo(at("2026-10-08T00:00"));
    assertThat(calendar.reminderBefore(due, "3WD")).isEqualTo(at("2026-09-30T00:00"));
    assertThat(calendar.reminderBefore(due, "PT2H")).isEqualTo(at("2026-10-09T22:00"));
  }

  @Test
  void workingDaysFollowTheDataOfEachYear() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 12))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 11))).isFalse();
    assertThat(calendar.sources()).containsKeys(2024, 2025, 2026);
  }
}
