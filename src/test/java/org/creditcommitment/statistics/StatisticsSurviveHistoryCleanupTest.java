package org.creditcommitment.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.commitment.CaseRecord;
import org.creditcommitment.commitment.CaseScenarios;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Statistics are counted from the case records, so removing ended cases from the engine's history (what history
 * cleanup does once their time to live has passed) changes no figure, and an objection still finds the cases
 * punished on a record.
 */
class StatisticsSurviveHistoryCleanupTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired CaseScenarios scenarios;
  @Autowired HistoryService history;
  @Autowired org.creditcommitment.commitment.Cases cases;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  @Test
  void theFiguresAreTheSameAfterTheEndedCasesHistoryIsCleanedUp() throws Exception {
    String item = item();
    List<CaseRecord> ended = List.of(scenarios.fulfilled(item), scenarios.fulfilledAfterRectification(item),
        scenarios.punishedAfterRefusingRectification(item), scenarios.withdrawn(item));
    String before = figures(item);
    assertThat(JSON.readTree(before).get("punishments").asLong()).isEqualTo(1);
    assertThat(JSON.readTree(before).get("rectifications").asLong()).isEqualTo(2);
    // the assessment indicators too are read from the records
    assertThat(JSON.readTree(before).get("inspectedFulfilled").asLong()).isEqualTo(2);
    assertThat(JSON.readTree(before).get("unfulfilled").asLong()).isEqualTo(1);
    assertThat(JSON.readTree(before).get("indicators").get("reportsDue").asLong()).isEqualTo(4);
    assertThat(JSON.readTree(before).get("reportingRate").decimalValue()).isEqualByComparingTo("1");

    CaseRecord punished = ended.get(2);
    String recordId = jdbc.queryForObject("select dishonesty_record_id from commitment_case where case_no = ?",
        String.class, punished.caseNo());

    history.deleteHistoricProcessInstancesBulk(ended.stream().map(CaseRecord::processInstanceId).toList());
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceIds(
        ended.stream().map(CaseRecord::processInstanceId).collect(java.util.stream.Collectors.toSet())).count()).isZero();

    assertThat(figures(item)).isEqualTo(before);
    assertThat(cases.punishedOn(recordId)).as("an objection still finds the case punished on the record")
        .containsExactly(punished.caseNo());
  }

  /** The item's row of this year's statistics, without the moment it was generated. */
  private String figures(String item) throws Exception {
    HttpResponse<String> response = http.get("/api/statistics", "credit-office");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    for (JsonNode row : JSON.readTree(response.body()).get("items")) {
      if (item.equals(row.path("itemCode").asText())) {
        return row.toString();
      }
    }
    throw new AssertionError("No statistics row for " + item + ": " + response.body());
  }

  private String item() throws Exception {
    String code = "TH-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    var body = JSON.createObjectNode().put("name", "历史清理测试事项" + code).put("department", "scjg")
        .put("openToCommitment", true).put("category", "CERTIFICATION")
        .put("conditions", "具备测试所需条件").put("standards", "测试标准");
    body.putPOJO("commitmentTypes", List.of("NOTIFY_COMMIT", "TOLERATE_MISSING"));
    body.putPOJO("periods", Map.of("signing", "5WD", "decision", "10WD", "materials", "20WD", "inspection", "P3M",
        "rectification", "15WD"));
    body.putPOJO("materials", List.of("申请表", "管理制度文本"));
    body.putPOJO("tolerableMaterials", List.of("管理制度文本"));
    HttpResponse<String> saved = http.put("/api/catalogue/" + code, "admin", JSON.writeValueAsString(body));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    return code;
  }
}
