package org.creditcommitment.report.yearly;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.audit.AuditEvents;
import org.creditcommitment.commitment.FirstCase;
import org.creditcommitment.deadline.DeadlineService;
import org.creditcommitment.deadline.DeadlineTrigger;
import org.creditcommitment.deadline.DeadlineView;
import org.creditcommitment.documents.Documents;
import org.creditcommitment.documents.IssuedDocument;
import org.creditcommitment.documents.IssuedPdfs;
import org.creditcommitment.notification.NotificationType;
import org.creditcommitment.notification.NotificationView;
import org.creditcommitment.notification.Notifications;
import org.creditcommitment.system.ClockConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The credit office's yearly report (普政数局〔2022〕25号 三（三）: 有关工作情况，于每年12月底报): issued on request and by
 * the December sweep (once a year, by the injected clock), a numbered, verifiable PDF of the year's statistics; its
 * filing deadline reminds and escalates to the credit office; its filing records who, when and to whom, and ends the
 * deadline. Each test that moves the clock works in a year of its own, far from the other tests' cases.
 */
class YearlyReportApiTest extends IntegrationTest {

  private static final String PATH = "/api/statistics/yearly-reports";

  @Autowired DecemberReport december;
  @Autowired Documents documents;
  @Autowired DeadlineService deadlines;
  @Autowired DeadlineTrigger trigger;
  @Autowired Notifications notifications;
  @Autowired AuditEvents audit;
  @Autowired FirstCase firstCase;
  @Autowired JdbcTemplate jdbc;

  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void theCreditOfficeIssuesTheYearsReportWithTheStatisticsFiguresAndItVerifies() throws Exception {
    int year = LocalDate.now(clock).getYear();
    JsonNode statistics = json.readTree(http.get("/api/statistics?from=" + year + "-01-01&to="
        + LocalDate.now(clock), "credit-office").body());

    HttpResponse<String> answer = http.post(PATH, "credit-office", "{\"year\": " + year + "}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    JsonNode report = json.readTree(answer.body());
    assertThat(report.get("title").asText()).isEqualTo("信用承诺工作年度报告");
    assertThat(report.get("number").asText()).startsWith("汕信用〔" + year + "〕");
    assertThat(report.get("status").asText()).isEqualTo("有效");
    assertThat(report.get("automatic").asBoolean()).isFalse();
    assertThat(report.get("periodTo").asText()).isEqualTo(LocalDate.now(clock).toString());
    assertThat(report.get("filingDue").asText()).isEqualTo(year + "-12-31");

    IssuedDocument document = documents.find(report.get("id").asLong()).orElseThrow();
    String text = text(document);
    long applications = statistics.get("total").get("applications").asLong();
    assertThat(text).contains("信用承诺工作年度报告", document.number(), year + "年度", "普政数局〔2022〕25号",
        "共受理信用承诺办件" + applications + "件", "上报率", "合规率", "重错码率", "已核查践诺", "未抽中（视为践诺）",
        "未践诺", "图1", "图2", "图3", "汕尾市社会信用体系建设工作领导小组办公室");

    // the PDF as the credit office and the auditor read it is the document as issued
    HttpResponse<byte[]> pdf = http.send(http.request(PATH + "/" + document.id() + "/pdf", "auditor", "demo"),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(documents.identical(document, pdf.body())).isTrue();
    // verifiable by anyone holding its code, the credit office named in full (an organisation, not a person)
    JsonNode verified = json.readTree(http.get("/public/api/documents/" + document.verificationCode(), null).body());
    assertThat(verified.get("valid").asBoolean()).isTrue();
    assertThat(verified.get("title").asText()).isEqualTo("信用承诺工作年度报告");
    assertThat(verified.get("subjectName").asText()).isEqualTo("汕尾市社会信用体系建设工作领导小组办公室");

    // a later request issues the next version under a new number; the earlier one says it was superseded
    JsonNode next = json.readTree(http.post(PATH, "credit-office", "{\"year\": " + year + "}").body());
    assertThat(next.get("version").asInt()).isEqualTo(report.get("version").asInt() + 1);
    assertThat(next.get("number").asText()).isNotEqualTo(report.get("number").asText());
    JsonNode earlier = json.readTree(http.get("/public/api/documents/" + document.verificationCode(), null).body());
    assertThat(earlier.get("valid").asBoolean()).isFalse();
    assertThat(earlier.get("invalidReason").asText()).contains("第" + next.get("version").asInt() + "版");

    JsonNode listed = json.readTree(http.get(PATH + "?year=" + year, "auditor").body());
    assertThat(listed.get(0).get("id").asLong()).isEqualTo(next.get("id").asLong());
    assertThat(listed.get(1).get("status").asText()).isEqualTo("已被新版本取代");
  }

  @Test
  void inDecemberTheSweepIssuesTheYearToDateReportOnceAndALaterRequestIsANewVersion() throws Exception {
    int year = 2041;
    at(year, 11, 30, 2);
    assertThat(december.sweep()).as("not in November").isEmpty();
    at(year, 12, 19, 2);
    assertThat(december.sweep()).as("not before the configured day").isEmpty();

    at(year, 12, 20, 2);
    long id = december.sweep().orElseThrow();
    assertThat(december.sweep()).as("the second sweep of the day").isEmpty();
    at(year, 12, 21, 2);
    assertThat(december.sweep()).as("the next day's sweep").isEmpty();

    JsonNode report = only(year);
    assertThat(report.get("id").asLong()).isEqualTo(id);
    assertThat(report.get("automatic").asBoolean()).isTrue();
    assertThat(report.get("version").asInt()).isEqualTo(1);
    assertThat(report.get("periodFrom").asText()).isEqualTo(year + "-01-01");
    assertThat(report.get("periodTo").asText()).isEqualTo(year + "-12-20");
    assertThat(report.get("issuedByName").asText()).isEqualTo("系统（自动）");
    // a year without cases reads — for every rate, never 0 %
    String text = text(documents.find(id).orElseThrow());
    assertThat(text).contains("系统于12月自动生成", year + "年1月1日至" + year + "年12月20日", "共受理信用承诺办件0件",
        "上报率—", "统计期间尚无办结的践诺或未践诺办件");

    at(year, 12, 22, 10);
    JsonNode requested = json.readTree(http.post(PATH, "credit-office", "{\"year\": " + year + "}").body());
    assertThat(requested.get("version").asInt()).isEqualTo(2);
    assertThat(requested.get("automatic").asBoolean()).isFalse();
    assertThat(requested.get("periodTo").asText()).isEqualTo(year + "-12-22");
    assertThat(december.sweep()).as("the request is no second automatic report").isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from yearly_report where report_year = ?", Long.class, year))
        .isEqualTo(2);
  }

  @Test
  void theFilingDeadlineRemindsTheCreditOfficeBeforeTheEndOfDecemberAndEscalatesAfter() {
    int year = 2042;
    at(year, 12, 20, 2);
    december.sweep().orElseThrow();
    String process = YearlyReports.processKey(year);
    DeadlineView deadline = deadlines.active(process, YearlyReports.FILING_KIND).orElseThrow();
    assertThat(deadline.due()).isEqualTo(LocalDate.of(year + 1, 1, 1).atStartOfDay(ClockConfig.ZONE).toInstant());
    assertThat(deadline.businessKey()).isEqualTo("YR" + year);
    // a second version opens no second deadline
    http.post(PATH, "credit-office", "{\"year\": " + year + "}");
    assertThat(deadlines.list("YR" + year)).hasSize(1);

    at(year, 12, 25, 9);
    assertThat(trigger.sweep(process)).isEqualTo(1);
    assertThat(mails(year, NotificationType.DEADLINE_REMINDER)).isNotEmpty()
        .allSatisfy(mail -> assertThat(mail.body()).contains("报送信用承诺工作年度报告"));
    assertThat(events(year, "deadline.reminded")).isEqualTo(1);

    at(year + 1, 1, 1, 0);
    assertThat(trigger.sweep(process)).isEqualTo(1);
    assertThat(deadlines.active(process, YearlyReports.FILING_KIND)).isEmpty();
    assertThat(mails(year, NotificationType.ESCALATION)).isNotEmpty();
    assertThat(audit.of("YR" + year)).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo("deadline.fired");
      assertThat(e.details()).contains("credit-office");
    });
  }

  @Test
  void filingRecordsWhoWhenAndToWhomAndEndsTheDeadline() throws Exception {
    int year = 2043;
    at(year, 12, 20, 2);
    long first = december.sweep().orElseThrow();
    at(year, 12, 28, 15);
    long second = json.readTree(http.post(PATH, "credit-office", "{\"year\": " + year + "}").body()).get("id")
        .asLong();

    // refused, and nothing written: no recipient, markup in it, the auditor, a superseded version, an unknown report
    assertProblem(http.post(PATH + "/" + second + "/filing", "credit-office", "{}"), 400, "filed-to-required");
    assertProblem(http.post(PATH + "/" + second + "/filing", "credit-office", "{\"filedTo\": \"<b>局</b>\"}"), 400,
        "invalid-text");
    assertThat(http.post(PATH + "/" + second + "/filing", "auditor", "{\"filedTo\": \"市政务服务数据管理局\"}")
        .statusCode()).isEqualTo(403);
    assertProblem(http.post(PATH + "/" + first + "/filing", "credit-office", "{\"filedTo\": \"市政务服务数据管理局\"}"),
        409, "yearly-report-superseded");
    assertProblem(http.post(PATH + "/999999999/filing", "credit-office", "{\"filedTo\": \"市政务服务数据管理局\"}"),
        404, "unknown-yearly-report");
    assertThat(jdbc.queryForObject("select count(*) from yearly_report where report_year = ? and filed_at is not null",
        Long.class, year)).isZero();
    assertThat(deadlines.active(YearlyReports.processKey(year), YearlyReports.FILING_KIND)).isPresent();

    HttpResponse<String> filed = http.post(PATH + "/" + second + "/filing", "credit-office",
        "{\"filedTo\": \"市政务服务数据管理局\"}");
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(200);
    JsonNode view = json.readTree(filed.body());
    assertThat(view.get("filedBy").asText()).isEqualTo("credit-office");
    assertThat(view.get("filedTo").asText()).isEqualTo("市政务服务数据管理局");
    assertThat(OffsetDateTime.parse(view.get("filedAt").asText()).toInstant())
        .isEqualTo(LocalDateTime.of(year, 12, 28, 15, 0).atZone(ClockConfig.ZONE).toInstant());
    assertThat(deadlines.active(YearlyReports.processKey(year), YearlyReports.FILING_KIND)).isEmpty();
    assertThat(events(year, YearlyReports.FILED_EVENT)).isEqualTo(1);
    assertThat(audit.of("YR" + year)).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo(YearlyReports.FILED_EVENT);
      assertThat(e.actor()).isEqualTo("credit-office");
      assertThat(e.details()).contains("市政务服务数据管理局", view.get("number").asText());
    });
    assertProblem(http.post(PATH + "/" + second + "/filing", "credit-office", "{\"filedTo\": \"市政务服务数据管理局\"}"),
        409, "already-filed");

    // the end of December passes quietly: the filing met the deadline
    at(year + 1, 1, 1, 1);
    assertThat(trigger.sweep(YearlyReports.processKey(year))).isZero();
    assertThat(mails(year, NotificationType.ESCALATION)).isEmpty();
  }

  @Test
  void aMissingFutureOrTooEarlyYearIsRefusedInChineseAndEnglishAndWritesNothing() {
    long reports = jdbc.queryForObject("select count(*) from yearly_report", Long.class);
    int thisYear = LocalDate.now(clock).getYear();
    int before = firstCase.day().map(LocalDate::getYear).orElse(thisYear) - 1;
    assertProblem(http.post(PATH, "credit-office", "{}"), 400, "year-required");
    assertProblem(http.post(PATH, "credit-office", "{\"year\": " + (thisYear + 1) + "}"), 400, "future-year");
    assertProblem(http.post(PATH, "credit-office", "{\"year\": " + before + "}"), 400, "year-before-first-case");
    assertThat(http.post(PATH, "credit-office", "{\"year\": \"今年\"}").statusCode()).isEqualTo(400);
    assertThat(http.post(PATH, "clerk", "{\"year\": " + thisYear + "}").statusCode()).isEqualTo(403);
    assertThat(http.post(PATH, "auditor", "{\"year\": " + thisYear + "}").statusCode()).isEqualTo(403);
    assertThat(http.get(PATH, "approver").statusCode()).isEqualTo(403);
    assertThat(http.post(PATH, null, "{\"year\": " + thisYear + "}").statusCode()).isEqualTo(401);
    assertThat(jdbc.queryForObject("select count(*) from yearly_report", Long.class)).isEqualTo(reports);
  }

  private void assertProblem(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    try {
      JsonNode problem = json.readTree(response.body());
      assertThat(problem.toString()).contains(code);
      assertThat(problem.get("messageZh").asText()).isNotBlank();
      assertThat(problem.get("messageEn").asText()).isNotBlank();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The text in reading order (spans of one line may be drawn out of order, e.g. the bold figures): after the checks
   * of {@link IssuedPdfs} (digest, A4, fonts embedded).
   */
  private String text(IssuedDocument document) throws java.io.IOException {
    IssuedPdfs.text(documents, document);
    try (PDDocument pdf = Loader.loadPDF(documents.content(document))) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(pdf).replaceAll("\\s+", "");
    }
  }

  private JsonNode only(int year) throws Exception {
    JsonNode list = json.readTree(http.get(PATH + "?year=" + year, "credit-office").body());
    assertThat(list).hasSize(1);
    return list.get(0);
  }

  private List<NotificationView> mails(int year, NotificationType type) {
    return notifications.forCase("YR" + year).stream().filter(n -> n.type() == type).toList();
  }

  private long events(int year, String type) {
    return audit.of("YR" + year).stream().filter(e -> e.type().equals(type)).count();
  }

  private void at(int year, int month, int day, int hour) {
    clock.setInstant(LocalDateTime.of(year, month, day, hour, 0).atZone(ClockConfig.ZONE).toInstant());
  }
}
