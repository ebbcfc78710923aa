package org.creditcommitment.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.creditcommitment.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

class CalendarApiTest extends IntegrationTest {

  /** cc.calendar.dir of application-test.yaml */
  private static final Path DIR = Path.of("target/test-calendar");
  private static final Path FILE_2031 = DIR.resolve("cn-2031.json");

  @Autowired
  WorkingDayCalendar calendar;

  @AfterEach
  void removeOperatorFiles() throws IOException {
    Files.deleteIfExists(FILE_2031);
    calendar.reload();
  }

  @Test
  void twoWorkingDaysFromTheEveOfNationalDayAnswerExactlyTheDocumentedJson() {
    HttpResponse<String> response = http.get("/api/calendar/due?from=2026-09-30T10:00&workingDays=2", "clerk");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo("{\"dueDate\":\"2026-10-09\",\"dueAt\":\"2026-10-10T00:00:00+08:00\",\"provisional\":false}");
  }

  @Test
  void aCalendarPeriodEndsAtMidnightAfterTheDateReached() {
    HttpResponse<String> response = http.get("/api/calendar/due?from=2026-09-30T10:00&period=P15D", "auditor");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo("{\"dueDate\":\"2026-10-15\",\"dueAt\":\"2026-10-16T00:00:00+08:00\",\"provisional\":false}");
  }

  @Test
  void anOffsetInFromIsHonoured() {
    HttpResponse<String> response = http.get("/api/calendar/due?from=2026-09-30T02:00:00Z&workingDays=2", "admin");
    assertThat(response.body()).contains("\"dueDate\":\"2026-10-09\"");
  }

  @Test
  void aYearWithoutDataGivesAProvisionalDeadline() {
    HttpResponse<String> response = http.get("/api/calendar/due?from=2035-03-01T10:00&workingDays=1", "provider");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"dueDate\":\"2035-03-02\"").contains("\"provisional\":true");
  }

  @ParameterizedTest
  @ValueSource(strings = {"from=2026-09-30T10:00&workingDays=abc", "from=2026-09-30T10:00&workingDays=0",
      "from=2026-09-30T10:00&workingDays=2&period=P15D", "from=2026-09-30T10:00", "from=2026-13-01T10:00&workingDays=2",
      "from=yesterday&workingDays=2", "from=2026-09-30T10:00&period=P1X", "from=2026-09-30T10:00&period=-P1D",
      "workingDays=99999999999", "from=2026-09-30T10:00&period=P1000000000Y",
      "from=2026-09-30T10:00&period=PT9999999999999H", "from=%2B999999999-12-31T10:00&workingDays=2"})
  void badParametersGet400ProblemJson(String query) {
    HttpResponse<String> response = http.get("/api/calendar/due?" + query, "clerk");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
    assertThat(response.body()).contains("messageZh").contains("messageEn");
  }

  @Test
  void anOperatorAddsAYearByDroppingAFileAndReloading() throws IOException {
    String query = "/api/calendar/due?from=2031-01-31T10:00&workingDays=1";
    assertThat(http.get(query, "clerk").body()).contains("\"dueDate\":\"2031-02-03\"").contains("\"provisional\":true");
    Files.createDirectories(DIR);
    Files.writeString(FILE_2031, "{\"year\":2031,\"days\":[{\"name\":\"测试\",\"date\":\"2031-02-03\",\"isOffDay\":true}]}");

    HttpResponse<String> reload = http.post("/api/calendar/reload", "admin", "");

    assertThat(reload.statusCode()).isEqualTo(200);
    assertThat(reload.body()).contains("\"2031\"").contains("cn-2031.json");
    assertThat(http.get(query, "clerk").body()).contains("\"dueDate\":\"2031-02-04\"").contains("\"provisional\":false");
  }

  @Test
  void anInvalidOperatorFileIsRefusedWith400AndNothingChanges() throws IOException {
    Files.createDirectories(DIR);
    Files.writeString(FILE_2031, "{\"year\":2030,\"days\":[]}");

    HttpResponse<String> reload = http.post("/api/calendar/reload", "admin", "");

    assertThat(reload.statusCode()).isEqualTo(400);
    assertThat(reload.body()).contains("cn-2031.json").contains("日历文件有误");
    assertThat(calendar.hasYear(2031)).isFalse();
    assertThat(calendar.hasYear(2026)).isTrue();
  }

  @Test
  void onlyAdministratorsReload() {
    assertThat(http.post("/api/calendar/reload", "clerk", "").statusCode()).isEqualTo(403);
    assertThat(http.get("/api/calendar/due?workingDays=2", null).statusCode()).isEqualTo(401);
  }
}
