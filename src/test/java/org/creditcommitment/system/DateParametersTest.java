package org.creditcommitment.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.creditcommitment.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every date parameter of /api (audit search, statistics, risk-warning scan, calendar) is read by one rule,
 * {@link RequestDates}: a plain YYYY-MM-DD from 2000-01-01 to 9999-12-31. A date ISO reads but the day arithmetic
 * cannot handle (+999999999-12-31) once answered 500; now it is a 400 naming the parameter, and nothing is written.
 */
class DateParametersTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** %2B is an encoded '+': the far ISO years; a raw '+' arrives as a space. */
  private static final List<String> OUTSIDE = List.of("%2B999999999-12-31", "+999999999-12-31", "-999999999-01-01",
      "%2B10000-01-01", "0001-01-01", "1999-12-31", "2026-02-30", "2026-1-1", "x".repeat(300));

  @Autowired JdbcTemplate jdbc;

  @Test
  void aDateOutsideTheYearsTheProductSpeaksForIsA400OnEveryDateParameterAndWritesNothing() throws Exception {
    int warnings = jdbc.queryForObject("select count(*) from risk_warning", Integer.class);
    for (String date : OUTSIDE) {
      refused(http.get("/api/audit/cases?to=" + date, "auditor"), "to");
      refused(http.get("/api/audit/cases?from=" + date, "auditor"), "from");
      refused(http.get("/api/statistics?to=" + date, "credit-office"), "to");
      refused(http.get("/api/statistics.csv?from=" + date, "credit-office"), "from");
      refused(http.send(http.request("/api/risk-warnings/scan?asOf=" + date, "credit-office", "demo")
          .POST(HttpRequest.BodyPublishers.noBody())), "asOf");
      refused(http.get("/api/calendar/due?workingDays=2&from=" + date, "clerk"), "from");
    }
    assertThat(jdbc.queryForObject("select count(*) from risk_warning", Integer.class)).isEqualTo(warnings);
  }

  @Test
  void theFirstAndLastDayOfTheRangeAreSearchedWithoutError() throws Exception {
    HttpResponse<String> audit = http.get("/api/audit/cases?from=2000-01-01&to=9999-12-31&size=1", "auditor");
    assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
    HttpResponse<String> statistics = http.get("/api/statistics?from=2000-01-01&to=9999-12-31", "credit-office");
    assertThat(statistics.statusCode()).as(statistics.body()).isEqualTo(200);
  }

  private static void refused(HttpResponse<String> response, String parameter) throws Exception {
    String what = response.uri() + ": " + response.body();
    assertThat(response.statusCode()).as(what).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
        .startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.path("messageZh").asText()).as(what).isNotBlank();
    assertThat(problem.path("messageEn").asText()).as(what).contains(parameter);
  }
}
