package org.creditcommitment.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creditcommitment.handover.HandOverApiTest.assertProblem;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.TestOfficials;
import org.creditcommitment.commitment.AuditedCases;
import org.creditcommitment.commitment.CaseRecord;
import org.creditcommitment.security.Groups;
import org.creditcommitment.system.PersonalDataCipher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * 催办 through POST /api/tasks/{id}/urge: a department head of the case's department or the credit office urges the
 * holder of an overdue or slow task, who gets a mail and a line under 催办我的; the case's timeline shows it. Nobody
 * else urges, a task on time is not urged, and one urge a day is enough.
 */
class UrgeApiTest extends IntegrationTest {

  /** A department head of health (wsjk) only. */
  private static final String LEADER_WSJK = "sun-leader-wsjk-urge";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired AuditedCases cases;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;
  @Autowired PersonalDataCipher cipher;

  @BeforeEach
  void officials() {
    TestOfficials.ensure(identity, HandOverApiTest.LI, Groups.APPROVER, "approver-scjg");
    TestOfficials.ensure(identity, LEADER_WSJK, Groups.LEADER, "leader-wsjk");
  }

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void theDepartmentHeadUrgesTheHolderOfASlowTaskWhoGetsAMailAndSeesTheUrgeOnTheirList() throws Exception {
    CaseRecord c = cases.atDecision(cases.subject("AA"));
    Task decision = decision(c);
    tasks.setAssignee(decision.getId(), HandOverApiTest.LI);
    clock.advance(Duration.ofDays(4));

    HttpResponse<String> urged = http.post("/api/tasks/" + decision.getId() + "/urge", Groups.LEADER,
        "{\"note\":\"申请人多次来电询问，请今日内办结\"}");

    assertThat(urged.statusCode()).as(urged.body()).isEqualTo(201);
    assertThat(jdbc.queryForList("select type from notification_outbox where case_no = ? and type = 'TASK_URGED'",
        String.class, c.caseNo())).hasSize(1);
    assertThat(cipher.decrypt(jdbc.queryForObject("select body from notification_outbox where case_no = ? and type ="
        + " 'TASK_URGED'", String.class, c.caseNo()))).contains("作出行政决定", "申请人多次来电询问，请今日内办结");
    String list = http.get("/api/work/urges", HandOverApiTest.LI).body();
    assertThat(list).contains(c.caseNo(), "作出行政决定", "申请人多次来电询问，请今日内办结");
    assertThat(JSON.readTree(list).path("items").get(0).path("open").asBoolean()).isTrue();
    assertThat(http.get("/api/work/urges", "clerk").body()).doesNotContain(c.caseNo());
    assertThat(http.get("/api/cases/" + c.caseNo() + "/history", Groups.AUDITOR).body())
        .contains("催办：作出行政决定", "被催办人");
  }

  @Test
  void anOverdueTaskNobodyClaimedIsUrgedToItsCandidateGroupByTheCreditOffice() {
    CaseRecord c = cases.atDecision(cases.subject("AA"));
    Task decision = decision(c);
    clock.setInstant(decision.getDueDate().toInstant().plus(Duration.ofHours(1)));

    HttpResponse<String> urged = http.post("/api/tasks/" + decision.getId() + "/urge", Groups.CREDIT_OFFICE, "{}");

    assertThat(urged.statusCode()).as(urged.body()).isEqualTo(201);
    assertThat(urged.body()).contains("\"overdue\":true", "approver-scjg");
    assertThat(http.get("/api/work/urges", HandOverApiTest.LI).body()).contains(c.caseNo());
  }

  @Test
  void onlyTheCasesDepartmentHeadOrTheCreditOfficeUrgesATaskThatIsLateOrSlowAndOnceADay() {
    CaseRecord c = cases.atDecision(cases.subject("AA"));
    String urge = "/api/tasks/" + decision(c).getId() + "/urge";

    assertProblem(http.post(urge, Groups.LEADER, "{}"), 409, "not-late");
    clock.advance(Duration.ofDays(4));
    for (String user : new String[] {Groups.APPROVER, Groups.CLERK, Groups.INSPECTOR, Groups.AUDITOR}) {
      assertProblem(http.post(urge, user, "{}"), 403, "forbidden");
    }
    assertProblem(http.post(urge, LEADER_WSJK, "{}"), 404, "unknown-task");
    assertProblem(http.post(urge, Groups.LEADER, "{\"note\":\"催\\u0007办\"}"), 400, "invalid-text");
    assertThat(jdbc.queryForObject("select count(*) from task_urge where case_no = ?", Integer.class, c.caseNo()))
        .isZero();

    assertThat(http.post(urge, Groups.LEADER, "{}").statusCode()).isEqualTo(201);
    assertProblem(http.post(urge, Groups.CREDIT_OFFICE, "{}"), 409, "already-urged");
    assertThat(jdbc.queryForObject("select count(*) from task_urge where case_no = ?", Integer.class, c.caseNo()))
        .isEqualTo(1);
  }

  private Task decision(CaseRecord c) {
    return tasks.createTaskQuery().processInstanceBusinessKey(c.caseNo()).taskDefinitionKey("Task_MakeDecision")
        .singleResult();
  }
}
