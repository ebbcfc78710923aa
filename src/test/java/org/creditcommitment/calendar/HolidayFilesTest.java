package org.creditcommitment.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator adds or replaces years by dropping files in the calendar folder. */
class HolidayFilesTest {

  @TempDir
  Path dir;

  static String year(int year, String... days) {
    return "{\"year\": " + year + ", \"papers\": [], \"days\": [" + String.join(",", days) + "]}";
  }

  static String day(String date, boolean off) {
    return "{\"name\": \"test\", \"date\": \"" + date + "\", \"isOffDay\": " + off + "}";
  }

  @Test
  void aFileInTheFolderAddsAYearAtStartAndTheDeadlineIsNoLongerProvisional() throws IOException {
    Files.writeString(dir.resolve("cn-2027.json"), year(2027, day("2027-01-01", true)));

    WorkingDayCalendar calendar = new WorkingDayCalendar(new CalendarProperties(dir));
    Due due = calendar.dueAfterWorkingDays(WorkingDayCalendarTest.at("2026-12-31T10:00"), 1);

    assertThat(due.dueDate()).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(due.provisional()).isFalse();
    assertThat(calendar.sources().get(2027)).contains("cn-2027.json");
  }

  @Test
  void aFileInTheFolderReplacesAShippedYearOnReload() throws IOException {
    WorkingDayCalendar calendar = new WorkingDayCalendar(new CalendarProperties(dir));
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 8))).isTrue();

    Files.writeString(dir.resolve("cn-2026.json"), year(2026, day("2026-10-08", true)));
    calendar.reload();

    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 8))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isTrue();
  }

  @Test
  void anInvalidFileIsRefusedOnReloadAndTheCurrentCalendarStays() throws IOException {
    Files.writeString(dir.resolve("cn-2027.json"), year(2027, day("2027-01-01", true)));
    WorkingDayCalendar calendar = new WorkingDayCalendar(new CalendarProperties(dir));
    Files.writeString(dir.resolve("cn-2028.json"), year(2027));
    Files.writeString(dir.resolve("cn-2029.json"), year(2029, day("2029-02-30", true)));

    assertThatThrownBy(calendar::reload).isInstanceOf(InvalidCalendarException.class)
        .hasMessageContaining("cn-2028.json: field \"year\" must be 2028")
        .hasMessageContaining("cn-2029.json: bad date");
    assertThat(calendar.hasYear(2027)).isTrue();
    assertThat(calendar.hasYear(2028)).isFalse();
  }

  @Test
  void anInvalidFolderAtStartIsIgnoredSoTheSystemStillStarts() throws IOException {
    Files.writeString(dir.resolve("cn-2027.json"), "not json");

    WorkingDayCalendar calendar = new WorkingDayCalendar(new CalendarProperties(dir));

    assertThat(calendar.hasYear(2026)).isTrue();
    assertThat(calendar.hasYear(2027)).isFalse();
  }

  @Test
  void daysOutsideTheYearOrWithoutIsOffDayAreRejected() {
    assertThatThrownBy(() -> HolidayFiles.read(
        new java.io.ByteArrayInputStream(year(2027, day("2026-12-31", true)).getBytes()), 2027, "test"))
        .hasMessageContaining("not in 2027");
    assertThatThrownBy(() -> HolidayFiles.read(new java.io.ByteArrayInputStream(
        "{\"year\":2027,\"days\":[{\"date\":\"2027-01-01\"}]}".getBytes()), 2027, "test"))
        .hasMessageContaining("isOffDay");
  }
}
