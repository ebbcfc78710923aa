package org.creditcommitment.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.commitment.CaseRecord;
import org.creditcommitment.commitment.CaseScenarios;
import org.creditcommitment.system.ClockConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The statistics on a known data set: ten cases of an item of this test's own (the figures are global,
 * so assertions look at that item's row), walked to every end state through the real lifecycle.
 */
class StatisticsApiTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DEPARTMENT = "jtj";
  private static final String MATERIAL = "安全生产管理制度文本";

  /** Built once per JVM (the H2 and the PostgreSQL runs each build their own). */
  private static String item;

  @Autowired CaseScenarios scenarios;
  @Autowired JdbcTemplate jdbc;

  /**
   * 2 FULFILLED (one pushed late), 1 FULFILLED_AFTER_RECTIFICATION, 1 PUNISHED, 1 STANDARD_REVIEW (not
   * eligible), 1 WITHDRAWN, 1 DENIED (not accepted), 1 ABANDONED, and 2 running: one TOLERATE_MISSING case
   * waiting for a material, one approved case whose push has not reached the platform yet.
   */
  private String knownDataSet() throws Exception {
    if (item != null) {
      return item;
    }
    String code = "TJ-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    var body = JSON.createObjectNode().put("name", "统计测试事项" + code).put("department", DEPARTMENT)
        .put("openToCommitment", true).put("category", "CERTIFICATION")
        .put("conditions", "具备统计测试所需条件").put("standards", "统计测试标准");
    body.putPOJO("commitmentTypes", List.of("NOTIFY_COMMIT", "TOLERATE_MISSING"));
    body.putPOJO("periods", Map.of("signing", "5WD", "decision", "10WD", "materials", "20WD", "inspection", "P3M",
        "rectification", "15WD"));
    body.putPOJO("materials", List.of("申请表", MATERIAL));
    body.putPOJO("tolerableMaterials", List.of(MATERIAL));
    HttpResponse<String> saved = http.put("/api/catalogue/" + code, "admin", JSON.writeValueAsString(body));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

    scenarios.fulfilled(code);
    CaseRecord late = scenarios.fulfilled(code);
    // decided a month ago, pushed now: far beyond 7 working days
    jdbc.update("update commitment_case set decided_at = ? where case_no = ?", OffsetDateTime.now(clock).minusDays(30),
        late.caseNo());
    scenarios.fulfilledAfterRectification(code);
    assertThat(scenarios.punishedAfterRefusingRectification(code).endState()).isEqualTo("PUNISHED");
    assertThat(scenarios.notEligible(code).eligible()).isFalse();
    assertThat(scenarios.withdrawn(code).endState()).isEqualTo("WITHDRAWN");
    assertThat(scenarios.notAccepted(code).endState()).isEqualTo("DENIED");
    assertThat(scenarios.abandoned(code).endState()).isEqualTo("ABANDONED");
    assertThat(scenarios.awaitingMaterials(code, MATERIAL).endState()).isNull();
    CaseRecord pending = scenarios.approvedWithPushPending(code);
    assertThat(pending.licenceNo()).isNotNull();
    item = code;
    return code;
  }

  private JsonNode json(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static JsonNode row(JsonNode rows, String field, String value) {
    for (JsonNode row : rows) {
      if (value.equals(row.path(field).asText())) {
        return row;
      }
    }
    return null;
  }

  private static LocalDate today() {
    return LocalDate.now(ClockConfig.ZONE);
  }

  @Test
  void itemRowCountsEveryFigureOfTheKnownDataSet() throws Exception {
    String code = knownDataSet();
    JsonNode report = json(http.get("/api/statistics?from=" + today() + "&to=" + today(), "credit-office"));
    JsonNode r = row(report.get("items"), "itemCode", code);

    assertThat(r).as(report.toString()).isNotNull();
    assertThat(r.get("level").asText()).isEqualTo("ITEM");
    assertThat(r.get("department").asText()).isEqualTo(DEPARTMENT);
    assertThat(r.get("departmentName").asText()).isEqualTo("交通运输局");
    assertThat(r.get("itemName").asText()).isEqualTo("统计测试事项" + code);
    assertThat(r.get("applications").asLong()).isEqualTo(10);
    assertThat(r.get("commitmentTypes").get("NOTIFY_COMMIT").asLong()).isEqualTo(8);
    assertThat(r.get("commitmentTypes").get("TOLERATE_MISSING").asLong()).isEqualTo(1);
    assertThat(r.get("eligibilityRefusals").asLong()).isEqualTo(1);
    Map<String, Long> ends = new LinkedHashMap<>();
    r.get("endStates").fields().forEachRemaining(e -> ends.put(e.getKey(), e.getValue().asLong()));
    assertThat(ends).containsExactly(Map.entry("FULFILLED", 2L), Map.entry("FULFILLED_AFTER_RECTIFICATION", 1L),
        Map.entry("PUNISHED", 1L), Map.entry("DENIED", 1L), Map.entry("WITHDRAWN", 1L), Map.entry("ABANDONED", 1L),
        Map.entry("STANDARD_REVIEW", 1L));
    assertThat(r.get("running").asLong()).isEqualTo(2);
    assertThat(r.get("fulfilmentRate").decimalValue()).isEqualByComparingTo("0.75");
    assertThat(r.get("rectifications").asLong()).isEqualTo(2);
    assertThat(r.get("punishments").asLong()).isEqualTo(1);
    JsonNode push = r.get("push");
    assertThat(push.get("approved").asLong()).isEqualTo(6);
    assertThat(push.get("inTime").asLong()).isEqualTo(4);
    assertThat(push.get("late").asLong()).isEqualTo(1);
    assertThat(push.get("notYetPushed").asLong()).isEqualTo(1);
    assertThat(push.get("timeliness").decimalValue()).isEqualByComparingTo("0.6667");
    assertThat(r.get("creditServices").isNull()).as("repairs and objections belong to subjects, not items").isTrue();
    assertThat(report.get("labels").get("endStates").get("FULFILLED").asText()).isEqualTo("已践诺");
    assertThat(report.toString()).as("no applicant codes or names").doesNotContain("测试企业");
  }

  @Test
  void departmentAndTotalRowsAddUpTheirItems() throws Exception {
    knownDataSet();
    JsonNode report = json(http.get("/api/statistics", "auditor"));
    assertThat(report.get("from").asText()).isEqualTo(today().getYear() + "-01-01");
    assertThat(report.get("to").asText()).isEqualTo(today().getYear() + "-12-31");
    long total = 0;
    for (JsonNode department : report.get("departments")) {
      long sum = 0;
      long approved = 0;
      for (JsonNode r : report.get("items")) {
        if (r.get("department").asText().equals(department.get("department").asText())) {
          sum += r.get("applications").asLong();
          approved += r.get("push").get("approved").asLong();
        }
      }
      assertThat(department.get("applications").asLong()).isEqualTo(sum);
      assertThat(department.get("push").get("approved").asLong()).isEqualTo(approved);
      total += sum;
    }
    JsonNode all = report.get("total");
    assertThat(all.get("level").asText()).isEqualTo("TOTAL");
    assertThat(all.get("applications").asLong()).isEqualTo(total).isGreaterThanOrEqualTo(10);
    assertThat(all.get("creditServices").get("objections").asLong())
        .isGreaterThanOrEqualTo(all.get("creditServices").get("objectionsAnsweredInTime").asLong());
  }

  @Test
  void rangeCountsOnlyCasesCreatedOnItsDays() throws Exception {
    String code = knownDataSet();
    LocalDate yesterday = today().minusDays(1);
    JsonNode before = json(http.get("/api/statistics?from=" + yesterday.minusDays(30) + "&to=" + yesterday, "approver"));
    assertThat(row(before.get("items"), "itemCode", code)).isNull();
    JsonNode after = json(http.get("/api/statistics?from=" + today() + "&to=" + today().plusDays(400), "admin"));
    assertThat(row(after.get("items"), "itemCode", code).get("applications").asLong()).isEqualTo(10);
  }

  @Test
  void csvHasTheSameFiguresUnderChineseHeadersWithAByteOrderMark() throws Exception {
    String code = knownDataSet();
    HttpResponse<String> response = http.get("/api/statistics.csv?from=" + today() + "&to=" + today(), "credit-office");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv").contains("UTF-8");
    assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
        .contains("statistics-" + today() + "_" + today() + ".csv");
    String body = response.body();
    assertThat(body).startsWith("\uFEFF类别,部门编码,部门,事项编码,事项名称,申请件数");
    List<String> lines = Arrays.asList(body.substring(1).split("\r\n"));
    List<String> headers = List.of(lines.get(0).split(",", -1));
    Map<String, String> r = null;
    for (String line : lines) {
      List<String> cells = List.of(line.split(",", -1));
      if (cells.size() > 3 && cells.get(3).equals(code)) {
        r = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
          r.put(headers.get(i), cells.get(i));
        }
      }
    }
    assertThat(r).as(body).isNotNull();
    assertThat(r).containsEntry("类别", "事项").containsEntry("部门", "交通运输局").containsEntry("申请件数", "10")
        .containsEntry("告知承诺件数", "8").containsEntry("容缺受理件数", "1").containsEntry("不适用信用承诺件数", "1")
        .containsEntry("已践诺", "2").containsEntry("整改后践诺", "1").containsEntry("已实施失信惩戒", "1")
        .containsEntry("不予许可", "1").containsEntry("申请人撤回", "1").containsEntry("逾期未签署，视为放弃", "1")
        .containsEntry("转原审批程序办理", "1").containsEntry("办理中", "2").containsEntry("践诺率(%)", "75")
        .containsEntry("限期整改件数", "2").containsEntry("失信惩戒件数", "1").containsEntry("准予许可件数", "6")
        .containsEntry("按时推送件数", "4").containsEntry("超期推送件数", "1").containsEntry("尚未推送件数", "1")
        .containsEntry("推送及时率(%)", "66.67").containsEntry("异议件数", "");
    assertThat(lines.get(lines.size() - 1)).startsWith("合计,");
  }

  @Test
  void badDatesAndReversedRangesAreRefusedInBothLanguages() throws Exception {
    for (String query : List.of("from=2026-13-01", "to=yesterday", "from=2026-12-31&to=2026-01-01", "from=0001-01-01")) {
      for (String path : List.of("/api/statistics?", "/api/statistics.csv?")) {
        HttpResponse<String> response = http.get(path + query, "credit-office");
        assertThat(response.statusCode()).as(path + query).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.toString()).contains("invalid-").containsPattern("[\\u4e00-\\u9fff]");
      }
    }
  }

  @Test
  void clerksAndInspectorsMayNotReadStatistics() {
    assertThat(http.get("/api/statistics", "clerk").statusCode()).isEqualTo(403);
    assertThat(http.get("/api/statistics.csv", "inspector").statusCode()).isEqualTo(403);
    assertThat(http.get("/api/statistics", null).statusCode()).isEqualTo(401);
  }

  @Test
  void pageAndChartLibraryAreServed() {
    HttpResponse<String> page = http.get("/statistics/", null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("统计分析").contains("/webjars/echarts/5.3.1/dist/echarts.min.js")
        .contains("/common/officials.js").as("signed in on the webapps' session, no form of its own")
        .doesNotContain("type=\"password\"");
    assertThat(http.get("/webjars/echarts/5.3.1/dist/echarts.min.js", null).statusCode()).isEqualTo(200);
    assertThat(http.get("/statistics/statistics.js", null).statusCode()).isEqualTo(200);
  }

  /**
   * Objections and repairs are counted from their own records (not the engine's history): rows are written here,
   * in 2001, and removed afterwards.
   */
  @Test
  void objectionsCountAsAnsweredInTimeOnlyWhenTheirDeadlineWasCancelledAndNeverFired() {
    List<String> ids = new ArrayList<>();
    try {
      ids.add(history("credit-objection", "2001-01-01T00:00:00+08:00", "CANCELLED"));
      ids.add(history("credit-objection", "2001-06-01T10:00:00+08:00", "FIRED"));
      ids.add(history("credit-objection", "2001-06-02T10:00:00+08:00", "SCHEDULED"));
      String both = history("credit-objection", "2001-06-03T10:00:00+08:00", "CANCELLED");
      ids.add(both);
      deadline(both, "FIRED");
      ids.add(history("credit-objection", "2002-01-01T00:00:00+08:00", "CANCELLED"));
      ids.add(history("credit-repair", "2001-12-31T23:59:00+08:00", null));
      ids.add(history("credit-repair", "2000-12-31T23:59:00+08:00", null));

      JsonNode total = json(http.get("/api/statistics?from=2001-01-01&to=2001-12-31", "credit-office")).get("total");
      assertThat(total.get("applications").asLong()).isZero();
      assertThat(total.get("fulfilmentRate").isNull()).as("no denominator, no rate").isTrue();
      assertThat(total.get("push").get("timeliness").isNull()).isTrue();
      assertThat(total.get("creditServices").get("objections").asLong()).isEqualTo(4);
      assertThat(total.get("creditServices").get("objectionsAnsweredInTime").asLong()).isEqualTo(1);
      assertThat(total.get("creditServices").get("repairs").asLong()).isEqualTo(1);
    } catch (Exception e) {
      throw new AssertionError(e);
    } finally {
      for (String id : ids) {
        jdbc.update("delete from deadline where process_instance_id = ?", id);
        jdbc.update("delete from credit_objection where process_instance_id = ?", id);
        jdbc.update("delete from credit_repair where process_instance_id = ?", id);
      }
    }
  }

  private String history(String processKey, String startedAt, String deadlineStatus) {
    String id = "stats-test-" + UUID.randomUUID();
    OffsetDateTime filed = OffsetDateTime.parse(startedAt);
    if (processKey.equals("credit-objection")) {
      jdbc.update("insert into credit_objection (objection_no, process_instance_id, subject_code, record_id, reason,"
          + " evidence, created_at, created_by) values (?, ?, 'X', 1, '理由', '材料', ?, 'portal')",
          id.substring(0, 30), id, filed);
    } else {
      jdbc.update("insert into credit_repair (repair_no, process_instance_id, subject_code, record_id, evidence,"
          + " obligations_fulfilled, fine_paid, repair_letter_signed, created_at, created_by)"
          + " values (?, ?, 'X', 1, '材料', true, true, true, ?, 'portal')", id.substring(0, 30), id, filed);
    }
    if (deadlineStatus != null) {
      deadline(id, deadlineStatus);
    }
    return id;
  }

  private void deadline(String processInstanceId, String status) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.update("insert into deadline (id, process_instance_id, business_key, kind, due_at, provisional, status,"
        + " created_at) values (?, ?, ?, 'objectionAnswer', ?, false, ?, ?)", UUID.randomUUID().toString(),
        processInstanceId, "stats-test", now, status, now);
  }
}
