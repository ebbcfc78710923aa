package org.creditcommitment.objection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.PersonalDataVariables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An objection carries in its process only its number and the subject's name (a Tasklist card shows them), what it
 * routes on and its end state; the filing, the record as objected to, the answer and the review are on the objection's
 * row. Walks a natural person's objection along each path to its end, counts the distinct variables the engine kept
 * for it and proves that none of them, at any moment, holds the person's ID number or e-mail address (both are on the
 * row, encrypted; the forms read them from {@code ObjectionFormContext}).
 */
class ObjectionVariableBudgetTest extends IntegrationTest {

  static final int BUDGET = 5;

  @Autowired CreditFileDriver driver;
  @Autowired ObjectionFiling filing;
  @Autowired JdbcTemplate jdbc;

  @ParameterizedTest
  @ValueSource(strings = {"kept", "corrected", "revokedWithPunishedCaseReviewed", "answeredByTheCreditOffice",
      "urgedThenAnswered"})
  void anObjectionKeepsAtMostFiveProcessVariablesAndNoPersonalDataOnEveryPath(String path) {
    String code = driver.person();
    String email = "person-" + code + "@example.test";
    long recordId = driver.record(code);
    if (path.equals("revokedWithPunishedCaseReviewed")) {
      punishedCaseBasedOn(code, recordId);
    }
    Objection o = filing.file(new ObjectionRequest(code, recordId, "该处罚已被行政复议撤销", List.of("复议决定书")),
        "portal");
    String pid = o.processInstanceId();
    assertThat(PersonalDataVariables.holding(driver.engine, pid, code, email)).as("running").isEmpty();
    switch (path) {
      case "kept" -> answer(pid, Map.of("objectionDecision", "KEEP", "answerExplanation", "经核实，信息准确无误"));
      case "corrected" -> answer(pid, Map.of("objectionDecision", "CORRECT", "answerExplanation", "认定单位有误",
          "correctedSourceUnit", "汕尾市城区市场监督管理局"));
      case "revokedWithPunishedCaseReviewed" -> {
        answer(pid, Map.of("objectionDecision", "REVOKE", "answerExplanation", "认定错误，予以撤销"));
        driver.complete(pid, "Task_ReviewPunishedCase", "credit-office", Map.of(
            "punishmentReviewResult", "MEASURES_LIFTED", "punishmentReviewNote", "已通知审批部门撤销惩戒措施"));
      }
      case "answeredByTheCreditOffice" -> {
        driver.fireDeadline(o.objectionNo(), pid, "objectionAnswer");
        driver.complete(pid, "Task_HandleOverdueObjection", "credit-office", Map.of("escalationAction", "ANSWER",
            "objectionDecision", "REVOKE", "answerExplanation", "逾期未答复，经信用办核实予以撤销"));
      }
      default -> {
        driver.fireDeadline(o.objectionNo(), pid, "objectionAnswer");
        driver.complete(pid, "Task_HandleOverdueObjection", "credit-office", Map.of("escalationAction", "URGE",
            "escalationNote", "请于今日内答复"));
        answer(pid, Map.of("objectionDecision", "KEEP", "answerExplanation", "经核实，信息准确无误"));
      }
    }
    assertThat(driver.ended(pid)).as(path + " ends").isTrue();

    Set<String> names = new TreeSet<>();
    for (HistoricVariableInstance v : driver.engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(pid).list()) {
      names.add(v.getName());
    }
    System.out.println("VARS " + path + " " + names.size() + " " + names);
    assertThat(names).as(path).hasSizeLessThanOrEqualTo(BUDGET);
    // the person's ID number and e-mail are on the row, encrypted; the engine's tables and history keep neither
    assertThat(PersonalDataVariables.namesOf(driver.engine, pid)).as(path).isEmpty();
    assertThat(PersonalDataVariables.holding(driver.engine, pid, code, email)).as(path).isEmpty();
  }

  private void answer(String processInstanceId, Map<String, Object> answer) {
    driver.complete(processInstanceId, "Task_AnswerObjection", "provider", answer);
  }

  private void punishedCaseBasedOn(String code, long recordId) {
    jdbc.update("insert into commitment_case (case_no, applicant_code, applicant_name, applicant_email, item_code,"
        + " department, commitment_type, end_state, created_at, created_by, punished_at, dishonesty_record_id)"
        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        "XYTEST" + System.nanoTime(), code, "测试企业", "x@example.test", "SCJG-SP-001", "scjg", "NOTIFY_COMMIT",
        "PUNISHED", OffsetDateTime.now(), "test", OffsetDateTime.now(), Long.toString(recordId));
  }
}
