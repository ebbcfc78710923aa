package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creditcommitment.commitment.EngineSurfaceTest.assertProblem;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.task.Task;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.TestOfficials;
import org.creditcommitment.catalogue.CommitmentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Who holds a task (docs/security.md "Who may do what"): nobody, administrators included, hands a task to a user
 * who is not its candidate, whichever command they use; the instance's READ given with a task goes when the task
 * leaves its holder.
 */
class TaskHandOverTest extends IntegrationTest {

  /** An approver of no department: a candidate of nothing unless an administrator offers a task. */
  private static final String WANG = "wang-handover";
  /** An approver of market supervision (scjg), where the test's decision is. */
  private static final String LI = "li-scjg-handover";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired LifecycleDriver driver;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void officials() {
    official(WANG, "approver");
    official(LI, "approver", "approver-scjg");
  }

  @Test
  void anAdministratorCannotHandADecisionToAUserWhoIsNotItsCandidateByAnyCommand() throws Exception {
    CaseRecord c = atDecision();
    String task = "/engine-rest/task/" + decision(c).getId();
    // the task as Tasklist would send it back (the form reference is read-only and cannot be sent)
    ObjectNode saved = (ObjectNode) JSON.readTree(http.get(task, "admin").body());
    saved.remove("camundaFormRef");

    assertProblem(http.put(task, "admin", with(saved, "assignee", "clerk")), 403,
        "not-a-candidate");
    assertProblem(http.put(task, "admin", with(saved, "owner", "clerk")), 403,
        "not-a-candidate");
    assertProblem(http.post(task + "/identity-links", "admin", "{\"userId\":\"clerk\",\"type\":\"assignee\"}"), 403,
        "not-a-candidate");
    assertProblem(http.post(task + "/identity-links", "admin", "{\"userId\":\"clerk\",\"type\":\"owner\"}"), 403,
        "not-a-candidate");
    assertProblem(http.post(task + "/assignee", "admin", "{\"userId\":\"clerk\"}"), 403, "not-a-candidate");
    assertProblem(http.post(task + "/delegate", "admin", "{\"userId\":\"clerk\"}"), 403, "not-a-candidate");
    assertProblem(http.post(task + "/claim", "admin", "{\"userId\":\"clerk\"}"), 403, "not-a-candidate");

    Task after = decision(c);
    assertThat(after.getAssignee()).isNull();
    assertThat(after.getOwner()).isNull();
    assertThat(http.get("/engine-rest/process-instance/" + c.processInstanceId(), "clerk").statusCode())
        .as("the clerk got nothing to read").isIn(403, 404);
    // a candidate may be given it, by the same command
    assertThat(http.put(task, "admin", with(saved, "assignee", LI))
        .statusCode()).isEqualTo(204);
    assertThat(decision(c).getAssignee()).isEqualTo(LI);
  }

  @Test
  void onlyAdministratorsOfferATaskToFurtherCandidatesOrSetItsOwner() {
    CaseRecord c = atDecision();
    String task = "/engine-rest/task/" + decision(c).getId();
    for (String body : new String[] {"{\"userId\":\"" + WANG + "\",\"type\":\"candidate\"}",
        "{\"groupId\":\"clerk\",\"type\":\"candidate\"}", "{\"userId\":\"" + LI + "\",\"type\":\"owner\"}"}) {
      assertThat(http.post(task + "/identity-links", LI, body).statusCode()).as(body).isEqualTo(403);
    }
    assertThat(http.post(task + "/identity-links", "admin", "{\"userId\":\"" + WANG + "\",\"type\":\"candidate\"}")
        .statusCode()).isEqualTo(204);
  }

  @Test
  void theInstancesReadGoesWhenTheTaskIsHandedToSomeoneElseOrTheUsersLinkIsDeleted() {
    CaseRecord c = atDecision();
    String task = "/engine-rest/task/" + decision(c).getId();
    String instance = "/engine-rest/process-instance/" + c.processInstanceId();
    assertThat(http.post(task + "/claim", LI, "{\"userId\":\"" + LI + "\"}").statusCode()).isEqualTo(204);
    assertThat(instanceGrants(c, LI)).isEqualTo(1);
    assertThat(http.post(task + "/assignee", "admin", "{\"userId\":\"approver\"}").statusCode()).isEqualTo(204);
    assertThat(instanceGrants(c, LI)).as("handed to someone else (the department still reads it)").isZero();

    // offered by an administrator, held, let go: still offered, the user keeps it; the link deleted, it goes
    assertThat(http.post(task + "/identity-links", "admin", "{\"userId\":\"" + WANG + "\",\"type\":\"candidate\"}")
        .statusCode()).isEqualTo(204);
    assertThat(http.post(task + "/assignee", "admin", "{\"userId\":\"" + WANG + "\"}").statusCode()).isEqualTo(204);
    assertThat(http.get(instance, WANG).statusCode()).as("holding the decision").isEqualTo(200);
    assertThat(http.post(task + "/unclaim", "admin", "{}").statusCode()).isEqualTo(204);
    assertThat(http.get(instance, WANG).statusCode()).as("still offered the decision").isEqualTo(200);
    assertThat(http.post(task + "/identity-links/delete", "admin",
        "{\"userId\":\"" + WANG + "\",\"type\":\"candidate\"}").statusCode()).isEqualTo(204);
    assertThat(http.get(instance, WANG).statusCode()).as("no longer offered anything").isIn(403, 404);
    assertThat(instanceGrants(c, WANG)).isZero();
  }

  @Test
  void theHoldersGrantGoesWhenTheTaskIsCompletedAndTheNextStepIsReadableToItsCandidates() {
    CaseRecord c = atDecision();
    String task = "/engine-rest/task/" + decision(c).getId();
    assertThat(http.post(task + "/claim", LI, "{\"userId\":\"" + LI + "\"}").statusCode()).isEqualTo(204);
    assertThat(instanceGrants(c, LI)).isEqualTo(1);

    driver.complete(c, "Task_MakeDecision", LI, Map.of("decision", "APPROVE", "decisionOpinion", "同意"));

    assertThat(instanceGrants(c, LI)).isZero();
    Task inspection = driver.task(c, "Task_InspectFulfilment");
    assertThat(inspection).isNotNull();
    assertThat(http.get("/engine-rest/process-instance/" + c.processInstanceId(), "inspector").statusCode())
        .as("the inspection's candidates read the case for its card").isEqualTo(200);
  }

  private static String with(ObjectNode task, String field, String user) {
    return task.deepCopy().put(field, user).toString();
  }

  private int instanceGrants(CaseRecord c, String user) {
    return jdbc.queryForObject("select count(*) from ACT_RU_AUTHORIZATION where USER_ID_ = ? and RESOURCE_ID_ = ?",
        Integer.class, user, c.processInstanceId());
  }

  private Task decision(CaseRecord c) {
    return driver.task(c, "Task_MakeDecision");
  }

  private CaseRecord atDecision() {
    CaseRecord c = driver.apply(driver.subject("AA"), AuditedCases.FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    return c;
  }

  private void official(String id, String... groups) {
    TestOfficials.ensure(identity, id, groups);
  }
}
