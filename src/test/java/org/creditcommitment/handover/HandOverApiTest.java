package org.creditcommitment.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.TestOfficials;
import org.creditcommitment.commitment.AuditedCases;
import org.creditcommitment.commitment.CaseRecord;
import org.creditcommitment.security.Groups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * 转办, 委派 and 办毕交回 through /api/tasks (docs/security.md "Handing work over"): only the holder or a candidate hands
 * a task over, only to a colleague who is its candidate too, always with a reason that the case keeps and its timeline
 * shows; Tasklist's own hand-over without a reason is refused to officials. Bad input changes nothing.
 */
class HandOverApiTest extends IntegrationTest {

  /** Approvers of market supervision (scjg), the department of the test's decisions. */
  static final String LI = "li-scjg-hand";
  static final String ZHOU = "zhou-scjg-hand";
  /** An approver of health (wsjk): never a candidate of market supervision's decisions. */
  static final String QIAN = "qian-wsjk-hand";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired AuditedCases cases;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void officials() {
    TestOfficials.ensure(identity, LI, Groups.APPROVER, "approver-scjg");
    TestOfficials.ensure(identity, ZHOU, Groups.APPROVER, "approver-scjg");
    TestOfficials.ensure(identity, QIAN, Groups.APPROVER, "approver-wsjk");
  }

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void theHolderTransfersATaskToAColleagueOfItsCandidateGroupWithAReasonAndTheTimelineSaysWhoToWhomAndWhy() throws Exception {
    CaseRecord c = cases.atDecision(cases.subject("AA"));
    Task decision = decision(c);
    claim(decision, LI);

    HttpResponse<String> transferred = http.post("/api/tasks/" + decision.getId() + "/transfer", LI,
        "{\"toUser\":\"" + ZHOU + "\",\"reason\":\"本人出差一周，转同科室办理\"}");

    assertThat(transferred.statusCode()).as(transferred.body()).isEqualTo(200);
    assertThat(decision(c).getAssignee()).isEqualTo(ZHOU);
    assertThat(jdbc.queryForList("select kind from task_handover where case_no = ?", String.class, c.caseNo()))
        .containsExactly("TRANSFER");
    JsonNode event = event(c, "task.transferred");
    assertThat(event.path("title").asText()).isEqualTo("转办：作出行政决定");
    assertThat(event.toString()).contains("本人出差一周，转同科室办理", "理由", "转交给");
    assertThat(http.get("/engine-rest/process-instance/" + c.processInstanceId(), ZHOU).statusCode())
        .as("the new holder reads the case for its card").isEqualTo(200);
  }

  @Test
  void aTaskIsNeverHandedToANonCandidateNorWithoutAReasonNorByAnyoneButItsHolderAndARefusalChangesNothing() {
    CaseRecord c = cases.atDecision(cases.subject("AA"));
    Task decision = decision(c);
    String transfer = "/api/tasks/" + decision.getId() + "/transfer";

    assertProblem(http.post(transfer, LI, "{\"toUser\":\"clerk\",\"reason\":\"转窗口\"}"), 403, "not-a-candidate");
    assertProblem(http.post(transfer, LI, "{\"toUser\":\"" + QIAN + "\",\"reason\":\"转卫健\"}"), 403,
        "not-a-candidate");
    assertProblem(http.post(transfer, LI, "{\"toUser\":\"nobody-such\",\"reason\":\"转交\"}"), 403, "not-a-candidate");
    assertProblem(http.post(transfer, LI, "{\"toUser\":\"" + ZHOU + "\",\"reason\":\"  \"}"), 400, "reason-required");
    assertProblem(http.post(transfer, LI, "{\"toUser\":\"" + ZHOU + "\"}"), 400, "reason-required");
    assertProblem(http.post(transfer, LI, "{\"reason\":\"转交\"}"), 400, "toUser-required");
    assertProblem(http.post(transfer, LI, "{\"toUser\":\"" + ZHOU + "\",\"reason\":\"转\\u0000交\"}"), 400,
        "invalid-text");
    assertProblem(http.post(transfer, LI, "{\"toUser\":\"" + ZHOU + "\",\"reason\":\"" + "长".repeat(501) + "\"}"),
        400, "invalid-reason");
    assertProblem(http.post("/api/tasks/no-such-task/transfer", LI, "{\"toUser\":\"" + ZHOU
        + "\",\"reason\":\"转交\"}"), 404, "unknown-task");
    // not offered the task: as if it did not exist; a wrong role: refused outright
    assertProblem(http.post(transfer, QIAN, "{\"toUser\":\"" + ZHOU + "\",\"reason\":\"转交\"}"), 404, "unknown-task");
    assertProblem(http.post(transfer, "clerk", "{\"toUser\":\"" + ZHOU + "\",\"reason\":\"转交\"}"), 404,
        "unknown-task");
    assertProblem(http.post(transfer, Groups.AUDITOR, "{\"toUser\":\"" + ZHOU + "\",\"reason\":\"转交\"}"), 403,
        "forbidden");
    // a colleague's claimed task is theirs to hand over
    claim(decision, ZHOU);
    assertProblem(http.post(transfer, LI, "{\"toUser\":\"approver\",\"reason\":\"转交\"}"), 403, "not-holder");
    assertProblem(http.post("/api/tasks/" + decision.getId() + "/delegation", LI,
        "{\"toUser\":\"approver\",\"reason\":\"协办\"}"), 403, "not-holder");

    assertThat(decision(c).getAssignee()).isEqualTo(ZHOU);
    assertThat(decision(c).getOwner()).isNull();
    assertThat(jdbc.queryForObject("select count(*) from task_handover where case_no = ?", Integer.class, c.caseNo()))
        .isZero();
  }

  @Test
  void aDelegatedTaskGoesBackToItsOwnerThroughTheResolutionAndTheDelegateCannotCompleteOrPassItOn() throws Exception {
    CaseRecord c = cases.atDecision(cases.subject("AA"));
    Task decision = decision(c);
    String task = "/api/tasks/" + decision.getId();
    claim(decision, LI);

    HttpResponse<String> delegated = http.post(task + "/delegation", LI,
        "{\"toUser\":\"" + ZHOU + "\",\"reason\":\"请周科长核实现场照片\"}");
    assertThat(delegated.statusCode()).as(delegated.body()).isEqualTo(200);
    Task now = decision(c);
    assertThat(now.getAssignee()).isEqualTo(ZHOU);
    assertThat(now.getOwner()).isEqualTo(LI);
    assertThat(now.getDelegationState()).isEqualTo(DelegationState.PENDING);

    assertProblem(http.post("/engine-rest/task/" + decision.getId() + "/complete", ZHOU,
        "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}"), 403, "delegated-task");
    assertProblem(http.post(task + "/transfer", ZHOU, "{\"toUser\":\"approver\",\"reason\":\"再转\"}"), 409,
        "delegation-pending");
    assertProblem(http.post(task + "/resolution", LI, "{}"), 409, "not-delegated-to-you");

    HttpResponse<String> resolved = http.post(task + "/resolution", ZHOU, "{\"note\":\"照片与现场一致\"}");
    assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
    assertThat(decision(c).getAssignee()).isEqualTo(LI);
    assertThat(decision(c).getDelegationState()).isEqualTo(DelegationState.RESOLVED);
    assertThat(jdbc.queryForList("select kind from task_handover where case_no = ? order by id", String.class,
        c.caseNo())).containsExactly("DELEGATION", "RESOLUTION");
    assertThat(event(c, "task.delegated").toString()).contains("委派：作出行政决定", "请周科长核实现场照片", "协办人");
    assertThat(event(c, "task.resolved").toString()).contains("办毕交回：作出行政决定", "照片与现场一致");
  }

  @Test
  void tasklistsOwnHandOverWithoutAReasonIsRefusedToOfficialsWhoMayStillClaimATaskThemselves() {
    CaseRecord c = cases.atDecision(cases.subject("AA"));
    Task decision = decision(c);
    String task = "/engine-rest/task/" + decision.getId();
    assertThat(http.post(task + "/claim", LI, "{\"userId\":\"" + LI + "\"}").statusCode()).isEqualTo(204);

    assertProblem(http.post(task + "/assignee", LI, "{\"userId\":\"" + ZHOU + "\"}"), 403, "hand-over-needs-reason");
    assertProblem(http.post(task + "/delegate", LI, "{\"userId\":\"" + ZHOU + "\"}"), 403, "hand-over-needs-reason");
    assertThat(decision(c).getAssignee()).isEqualTo(LI);
    assertThat(decision(c).getOwner()).isNull();
  }

  @Test
  void theTasksPageOffersItsHolderTheTasksOtherCandidatesAndNobodyElseAnything() throws Exception {
    CaseRecord c = cases.atDecision(cases.subject("AA"));
    Task decision = decision(c);
    String offer = "/api/tasks/" + decision.getId() + "/hand-over";
    claim(decision, LI);

    JsonNode forHolder = JSON.readTree(http.get(offer, LI).body());
    assertThat(forHolder.path("mayHandOver").asBoolean()).isTrue();
    List<String> colleagues = new ArrayList<>();
    forHolder.path("colleagues").forEach(u -> colleagues.add(u.path("id").asText()));
    assertThat(colleagues).contains(ZHOU, "approver").doesNotContain(LI, QIAN, "clerk");
    JsonNode forCandidate = JSON.readTree(http.get(offer, ZHOU).body());
    assertThat(forCandidate.path("mayHandOver").asBoolean()).as("a colleague holds it").isFalse();
    assertThat(forCandidate.path("colleagues").size()).isZero();
    assertProblem(http.get(offer, QIAN), 404, "unknown-task");
    assertProblem(http.get(offer, Groups.AUDITOR), 403, "forbidden");
  }

  private void claim(Task task, String user) {
    HttpResponse<String> claimed = http.post("/engine-rest/task/" + task.getId() + "/claim", user,
        "{\"userId\":\"" + user + "\"}");
    if (claimed.statusCode() != 204) {
      // a colleague holds it: an administrator passes it on, as a test set-up only
      tasks.setAssignee(task.getId(), user);
    }
  }

  Task decision(CaseRecord c) {
    return tasks.createTaskQuery().processInstanceBusinessKey(c.caseNo()).taskDefinitionKey("Task_MakeDecision")
        .singleResult();
  }

  JsonNode event(CaseRecord c, String type) throws Exception {
    HttpResponse<String> history = http.get("/api/cases/" + c.caseNo() + "/history", Groups.AUDITOR);
    assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
    List<JsonNode> found = new ArrayList<>();
    JSON.readTree(history.body()).path("events").forEach(e -> {
      if (type.equals(e.path("kind").asText())) {
        found.add(e);
      }
    });
    assertThat(found).as(type + " on the timeline").hasSize(1);
    return found.get(0);
  }

  static void assertProblem(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"" + code + "\"", "messageZh", "messageEn");
  }
}
