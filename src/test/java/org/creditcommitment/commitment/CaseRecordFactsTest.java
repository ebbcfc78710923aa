package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.catalogue.CommitmentType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case record is the source of truth: walking a case to punishment leaves every business fact on its own row,
 * written by the step that made it (not read back from the engine's history).
 */
class CaseRecordFactsTest extends IntegrationTest {

  @Autowired LifecycleDriver driver;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aPunishedCaseKeepsItsGradeAcceptanceDecisionPushInspectionRectificationAndPunishment() {
    CaseRecord c = driver.apply(driver.subject("AA"), AuditedCases.FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    driver.approve(c);
    driver.inspect(c, "Task_InspectFulfilment", false);
    driver.operations.submitRectification(c.caseNo(), new CaseRequests.Rectification("拒绝整改", true));
    driver.runJobs(c);
    driver.heardWithoutStatement(c);
    driver.complete(c, "Task_DecidePunishment", "approver", Map.of("punishmentMeasures", java.util.List.of(
        "PUBLICITY", "KEY_SUPERVISION"), "punishmentBasis", "违反信用承诺"));

    Map<String, Object> row = jdbc.queryForMap("select * from commitment_case where case_no = ?", c.caseNo());

    assertThat(row.get("grade")).isEqualTo("AA");
    assertThat(row.get("accepted_by")).isEqualTo("clerk");
    assertThat(row.get("accepted_at")).isNotNull();
    assertThat(row.get("decision")).isEqualTo("APPROVE");
    assertThat(row.get("decided_by")).isEqualTo("approver");
    assertThat(row.get("licence_no")).isNotNull();
    assertThat(row.get("pushed_at")).isNotNull();
    assertThat(row.get("inspection_result")).isEqualTo("NON_COMPLIANT");
    assertThat(row.get("inspected_by")).isEqualTo("inspector");
    assertThat(row.get("rectification_notified_at")).isNotNull();
    assertThat(row.get("punished_at")).isNotNull();
    assertThat(row.get("dishonesty_record_id")).isNotNull();
    assertThat(row.get("punishment_measures")).isEqualTo("PUBLICITY,KEY_SUPERVISION");
    assertThat(row.get("end_state")).isEqualTo("PUNISHED");
  }
}
