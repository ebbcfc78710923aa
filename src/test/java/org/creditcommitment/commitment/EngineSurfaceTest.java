package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.notification.Notifications;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine's REST surface, tried as a low-privilege official would with nothing but a demo account: every
 * attack is refused with a bilingual problem and changes nothing (variables, tasks, mails, deadlines).
 */
class EngineSurfaceTest extends IntegrationTest {

  @Autowired LifecycleDriver driver;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;
  @Autowired Notifications notifications;
  @Autowired JdbcTemplate jdbc;
  @Autowired org.creditcommitment.objection.CreditFileDriver creditFiles;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void aClerkCannotClaimATaskForSomeoneElse() {
    CaseRecord c = started();
    Task task = driver.task(c, "Task_NotifyConditions");

    HttpResponse<String> claim = http.post("/engine-rest/task/" + task.getId() + "/claim", "clerk",
        "{\"userId\":\"approver\"}");

    assertProblem(claim, 403, "claim-for-others");
    assertThat(driver.task(c, "Task_NotifyConditions").getAssignee()).isNull();
    assertThat(http.post("/engine-rest/task/" + task.getId() + "/claim", "clerk", "{\"userId\":\"clerk\"}")
        .statusCode()).isEqualTo(204);
  }

  @Test
  void completingATaskAcceptsOnlyItsFormsEditableFields() {
    CaseRecord c = started();
    Task task = driver.task(c, "Task_NotifyConditions");
    Map<String, Object> before = runtime.getVariables(c.processInstanceId());
    int mails = notifications.forCase(c.caseNo()).size();

    HttpResponse<String> rewrite = http.post("/engine-rest/task/" + task.getId() + "/complete", "clerk", """
        {"variables":{"notifyChannel":{"value":"WINDOW"},"conditionsNotified":{"value":true},
          "applicantEmail":{"value":"attacker@evil.example"},"signingDeadlineSpec":{"value":"P99Y"},
          "grade":{"value":"AAA"},"department":{"value":"wsjk"}}}""");

    assertProblem(rewrite, 400, "unknown-form-fields");
    assertThat(rewrite.body()).contains("applicantEmail", "signingDeadlineSpec", "department");
    assertThat(runtime.getVariables(c.processInstanceId())).isEqualTo(before);
    assertThat(driver.task(c, "Task_NotifyConditions")).as("still open").isNotNull();
    assertThat(notifications.forCase(c.caseNo())).hasSize(mails);
  }

  @Test
  void valuesOutsideTheFormsOptionsOrTypesAreRefused() {
    CaseRecord c = started();
    String complete = "/engine-rest/task/" + driver.task(c, "Task_NotifyConditions").getId() + "/complete";

    assertProblem(http.post(complete, "clerk",
        "{\"variables\":{\"notifyChannel\":{\"value\":\"CARRIER_PIGEON\"},\"conditionsNotified\":{\"value\":true}}}"),
        400, "invalid-form-values");
    assertProblem(http.post(complete, "clerk",
        "{\"variables\":{\"notifyChannel\":{\"value\":\"WINDOW\"},\"conditionsNotified\":{\"value\":\"yes\"}}}"),
        400, "invalid-form-values");
    assertProblem(http.post(complete, "clerk", "{\"variables\":{\"notifyChannel\":{\"value\":\"WINDOW\"}}}"),
        400, "invalid-form-values");
    assertThat(driver.task(c, "Task_NotifyConditions")).isNotNull();
  }

  @Test
  void readOnlyFieldsSentBackUnchangedAreNotWrittenAndChangedOnesAreRefused() {
    CaseRecord c = started();
    String complete = "/engine-rest/task/" + driver.task(c, "Task_NotifyConditions").getId() + "/complete";
    long applicantNameUpdates = variableWrites(c, "applicantName");

    assertProblem(http.post(complete, "clerk", "{\"variables\":{\"notifyChannel\":{\"value\":\"WINDOW\"},"
        + "\"conditionsNotified\":{\"value\":true},\"applicantName\":{\"value\":\"另一家公司\"}}}"), 400,
        "invalid-form-values");
    // what the form shows from the case record is read-only too: the credit grade cannot be raised by a submission
    assertProblem(http.post(complete, "clerk", "{\"variables\":{\"notifyChannel\":{\"value\":\"WINDOW\"},"
        + "\"conditionsNotified\":{\"value\":true},\"grade\":{\"value\":\"AAA\"}}}"), 400, "invalid-form-values");

    HttpResponse<String> asTasklist = http.post(complete, "clerk", "{\"variables\":{\"notifyChannel\":{\"value\":"
        + "\"WINDOW\"},\"conditionsNotified\":{\"value\":true},\"applicantName\":{\"value\":\""
        + c.applicantName() + "\"},\"caseNo\":{\"value\":\"" + c.caseNo() + "\"},\"grade\":{\"value\":\"AA\"}}}");

    assertThat(asTasklist.statusCode()).as(asTasklist.body()).isEqualTo(204);
    assertThat(variableWrites(c, "applicantName")).as("not written again").isEqualTo(applicantNameUpdates);
    assertThat(variableWrites(c, "grade")).as("a value shown from the case record never becomes a variable").isZero();
  }

  @Test
  void aVariableNamedLikeABeanOrAnObjectValueIsRefused() {
    CaseRecord c = atDecision();
    String complete = "/engine-rest/task/" + driver.task(c, "Task_MakeDecision").getId() + "/complete";

    assertProblem(http.post(complete, "approver", "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},"
        + "\"pushCommitmentDelegate\":{\"type\":\"Object\",\"value\":\"{}\",\"valueInfo\":{\"objectTypeName\":"
        + "\"java.net.URL\",\"serializationDataFormat\":\"application/json\"}}}}"), 400, "reserved-variable-names");
    assertProblem(http.post(complete, "approver", "{\"variables\":{\"decision\":{\"type\":\"Object\",\"value\":"
        + "\"\\\"APPROVE\\\"\",\"valueInfo\":{\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":"
        + "\"application/json\"}}}}"), 400, "invalid-form-values");
    assertThat(runtime.getVariable(c.processInstanceId(), "pushCommitmentDelegate")).isNull();
    assertThat(driver.task(c, "Task_MakeDecision")).isNotNull();
  }

  @Test
  void aDeeplyNestedJsonValueIsRefusedAndTheCaseStaysReadable() {
    CaseRecord c = atDecision();
    Task task = driver.task(c, "Task_MakeDecision");
    String deep = "[".repeat(5000) + "]".repeat(5000);

    HttpResponse<String> attack = http.post("/engine-rest/task/" + task.getId() + "/complete", "approver",
        "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},\"decisionOpinion\":{\"type\":\"Json\",\"value\":"
            + quote(deep) + "}}}");

    assertThat(attack.statusCode()).isEqualTo(400);
    assertThat(http.get("/engine-rest/task/" + task.getId() + "/form-variables", "approver").statusCode())
        .isEqualTo(200);
  }

  @Test
  void numbersOutsideTheFormsRangeAreRefused() {
    CaseRecord c = atPunishment();
    String complete = "/engine-rest/task/" + driver.task(c, "Task_DecidePunishment").getId() + "/complete";

    HttpResponse<String> huge = http.post(complete, "approver", "{\"variables\":{\"punishmentMeasures\":{\"type\":"
        + "\"Json\",\"value\":\"[\\\"NO_COMMITMENT_MODE\\\"]\"},\"punishmentBasis\":{\"value\":\"违反承诺\"},"
        + "\"barMonths\":{\"type\":\"Long\",\"value\":9223372036854775807}}}");

    assertProblem(huge, 400, "invalid-form-values");
    assertThat(huge.body()).contains("barMonths");
    assertThat(driver.task(c, "Task_DecidePunishment")).isNotNull();
    assertThat(runtime.createIncidentQuery().processInstanceId(c.processInstanceId()).count()).isZero();
  }

  @Test
  void aNumberFieldTakesOnlyAJsonNumberAndAWholeOneWhereTheFormSaysSo() {
    CaseRecord c = atPunishment();
    String complete = "/engine-rest/task/" + driver.task(c, "Task_DecidePunishment").getId() + "/complete";
    String others = "\"punishmentMeasures\":{\"type\":\"Json\",\"value\":\"[\\\"NO_COMMITMENT_MODE\\\"]\"},"
        + "\"punishmentBasis\":{\"value\":\"违反承诺\"}";

    for (String barMonths : List.of("{\"value\":\"60\"}", "{\"type\":\"String\",\"value\":\"12\"}",
        "{\"value\":1.5}", "{\"type\":\"Double\",\"value\":24.5}", "{\"value\":\"1.5\"}")) {
      HttpResponse<String> refused = http.post(complete, "approver",
          "{\"variables\":{" + others + ",\"barMonths\":" + barMonths + "}}");
      assertProblem(refused, 400, "invalid-form-values");
      assertThat(refused.body()).as(barMonths).contains("barMonths");
    }
    assertThat(driver.task(c, "Task_DecidePunishment")).as("still open").isNotNull();
    assertThat(barMonths(c)).as("nothing written").isNull();

    HttpResponse<String> whole = http.post(complete, "approver",
        "{\"variables\":{" + others + ",\"barMonths\":{\"type\":\"Double\",\"value\":24.0}}}");
    assertThat(whole.statusCode()).as(whole.body()).isEqualTo(204);
    assertThat(barMonths(c)).as("the months given, never a default").isEqualTo(24);
  }

  private Integer barMonths(CaseRecord c) {
    return jdbc.queryForObject("select bar_months from commitment_case where case_no = ?", Integer.class, c.caseNo());
  }

  @Test
  void commentsAndAttachmentsAreForAdministratorsOnly() {
    CaseRecord c = started();
    Task task = driver.task(c, "Task_NotifyConditions");
    String attachment = asAdmin(() -> tasks.createAttachment("text/plain", task.getId(), null, "a.txt", "x",
        new java.io.ByteArrayInputStream("secret".getBytes(StandardCharsets.UTF_8))).getId());

    assertProblem(http.post("/engine-rest/task/" + task.getId() + "/comment/create", "auditor",
        "{\"message\":\"审计人员的意见\"}"), 403, "comments");
    HttpResponse<String> data = http.get("/engine-rest/task/" + task.getId() + "/attachment/" + attachment + "/data",
        "portal");
    assertThat(data.statusCode()).as("the portal sees no task and no attachment").isIn(403, 404);
    assertThat(data.body()).doesNotContain("secret");
    // Camunda's attachment resource answers every engine refusal of a deletion as "not found"
    assertThat(http.delete("/engine-rest/task/" + task.getId() + "/attachment/" + attachment, "clerk")
        .statusCode()).isIn(403, 404);
    assertThat(tasks.getTaskComments(task.getId())).isEmpty();
    assertThat(tasks.getAttachment(attachment)).isNotNull();

    tasks.claim(task.getId(), "clerk");
    // the REST API looks the task up in history first, which officials do not read: refused before the engine
    assertThat(http.post("/engine-rest/task/" + task.getId() + "/comment/create", "clerk",
        "{\"message\":\"已电话告知\"}").statusCode()).isIn(400, 403);
    assertThat(tasks.getTaskComments(task.getId())).isEmpty();
  }

  @Test
  void usersCannotDeleteOrEditTheirAccountsButMayChangeTheirPassword() {
    User user = identity.newUser("sun-test-auditor");
    user.setFirstName("孙测试");
    user.setLastName("审计");
    user.setPassword("demo-password-1");
    identity.saveUser(user);
    identity.createMembership("sun-test-auditor", "auditor");

    assertThat(http.delete("/engine-rest/user/sun-test-auditor", "auditor").statusCode()).isEqualTo(403);
    HttpResponse<String> ownDelete = http.send(http.request("/engine-rest/user/sun-test-auditor", "sun-test-auditor",
        "demo-password-1").DELETE());
    assertProblem(ownDelete, 403, "accounts");
    HttpResponse<String> ownProfile = http.send(http.request("/engine-rest/user/sun-test-auditor/profile",
        "sun-test-auditor", "demo-password-1").header("Content-Type", "application/json").PUT(
            HttpRequest.BodyPublishers.ofString("{\"id\":\"sun-test-auditor\",\"firstName\":\"管理员\",\"lastName\":\"x\"}")));
    assertThat(ownProfile.statusCode()).isEqualTo(403);
    HttpResponse<String> password = http.send(http.request("/engine-rest/user/sun-test-auditor/credentials",
        "sun-test-auditor", "demo-password-1").header("Content-Type", "application/json").PUT(
            HttpRequest.BodyPublishers.ofString("{\"password\":\"demo-password-2\","
                + "\"authenticatedUserPassword\":\"demo-password-1\"}")));

    assertThat(password.statusCode()).as(password.body()).isEqualTo(204);
    assertThat(identity.checkPassword("sun-test-auditor", "demo-password-2")).isTrue();
    assertThat(identity.createUserQuery().userId("sun-test-auditor").singleResult().getFirstName()).isEqualTo("孙测试");
  }

  @Test
  void wrongPasswordsDelayButNeverLockAnAccountForGood() {
    User user = identity.newUser("lock-probe");
    user.setPassword("right-password-1");
    identity.saveUser(user);

    for (int i = 0; i < 12; i++) {
      ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + i * 120_000L));
      identity.checkPassword("lock-probe", "wrong");
    }
    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 40 * 60_000L));

    assertThat(identity.checkPassword("lock-probe", "right-password-1")).as("not locked after 12 wrong passwords")
        .isTrue();
  }

  @Test
  void approversReadOnlyTheirDepartmentsCases() {
    CaseRecord scjg = atDecision();
    User other = identity.newUser("zhou-wsjk-scope");
    other.setPassword("demo");
    identity.saveUser(other);
    identity.createMembership("zhou-wsjk-scope", "approver");
    identity.createMembership("zhou-wsjk-scope", "approver-wsjk");

    for (String path : List.of("/api/cases/" + scjg.caseNo(), "/api/cases/" + scjg.caseNo() + "/letter",
        "/api/notifications?case=" + scjg.caseNo(), "/api/deadlines?businessKey=" + scjg.caseNo())) {
      assertProblem(http.get(path, "zhou-wsjk-scope"), 404, "unknown-case");
      assertThat(http.get(path, "approver").statusCode()).as("approver of scjg: " + path).isEqualTo(200);
      assertThat(http.get(path, "clerk").statusCode()).as("the window reads every case: " + path).isEqualTo(200);
    }
    // the engine side: the task card's values come from the instance, readable to those offered its tasks
    String variables = "/engine-rest/process-instance/" + scjg.processInstanceId() + "/variables";
    assertThat(http.get(variables, "zhou-wsjk-scope").statusCode()).isIn(403, 404);
    assertThat(http.get(variables, "approver").statusCode()).isEqualTo(200);
  }

  @Test
  void noValueIsEverJavaSerialized() {
    CaseRecord c = atPunishment();
    driver.complete(c, "Task_DecidePunishment", "approver", Map.of("punishmentMeasures", List.of("PUBLICITY"),
        "punishmentBasis", "违反信用承诺"));
    String code = creditFiles.subject();
    String objection = filed("/api/objections", "{\"subjectCode\":\"" + code + "\",\"recordId\":"
        + creditFiles.record(code) + ",\"reason\":\"处罚决定已撤销\",\"evidence\":[\"复议决定书\"]}");
    creditFiles.complete(objection, "Task_AnswerObjection", "provider", Map.of("objectionDecision", "KEEP",
        "answerExplanation", "经核实无误"));
    String repair = filed("/api/repairs", creditFiles.repairJson(code, creditFiles.record(code), true));
    creditFiles.complete(repair, "Task_InitialReview", "credit-office", Map.of("reviewResult", "COMPLETE"));

    for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
      String typeColumn = table.equals("ACT_RU_VARIABLE") ? "TYPE_" : "VAR_TYPE_";
      assertThat(jdbc.queryForObject("select count(*) from " + table + " where " + typeColumn + " = 'serializable'",
          Integer.class)).as(table + " holds Java-serialized values").isZero();
    }
  }

  /** Files an objection or repair through the portal and returns its process instance. */
  private String filed(String path, String body) {
    HttpResponse<String> response = http.post(path, "portal", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String number = response.body().replaceAll(".*\"(objectionNo|repairNo)\"\\s*:\\s*\"([^\"]+)\".*", "$2");
    String pid = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
    creditFiles.runJobs(pid);
    return pid;
  }

  @Test
  void onlyTheProductsOwnTypesAreEverDeserialized() {
    CaseRecord c = started();
    String pid = c.processInstanceId();
    asAdmin(() -> {
      runtime.setVariable(pid, "link", org.camunda.bpm.engine.variable.Variables.serializedObjectValue(
          "\"http://example.invalid/\"").objectTypeName("java.net.URL").serializationDataFormat("application/json")
          .create());
      return null;
    });

    HttpResponse<String> read = http.get("/engine-rest/process-instance/" + pid + "/variables/link", "admin");
    assertThat(read.statusCode()).as(read.body()).isNotEqualTo(200);
    assertThat(read.body()).doesNotContain("example.invalid/\"}");
    assertThat(http.get("/engine-rest/process-instance/" + pid + "/variables/link?deserializeValue=false", "admin")
        .statusCode()).isEqualTo(200);
  }

  // ---- cases at the steps under attack ----

  private CaseRecord started() {
    CaseRecord c = driver.apply(driver.subject("AA"), AuditedCases.FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    return driver.reload(c);
  }

  private CaseRecord atDecision() {
    CaseRecord c = started();
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    return c;
  }

  private CaseRecord atPunishment() {
    CaseRecord c = atDecision();
    driver.approve(c);
    driver.inspect(c, "Task_InspectFulfilment", false);
    driver.operations.submitRectification(c.caseNo(), new CaseRequests.Rectification("拒绝整改", true));
    driver.runJobs(c);
    driver.heardWithoutStatement(c);
    return c;
  }

  /** How often the variable was written: its history row's revision grows with every update (0: never a variable). */
  private long variableWrites(CaseRecord c, String name) {
    return jdbc.queryForObject("select coalesce(sum(REV_), 0) from ACT_HI_VARINST where PROC_INST_ID_ = ?"
        + " and NAME_ = ?", Long.class, c.processInstanceId(), name);
  }

  private <T> T asAdmin(java.util.function.Supplier<T> call) {
    identity.setAuthentication("admin", List.of("camunda-admin"));
    try {
      return call.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private static String quote(String text) {
    return "\"" + text + "\"";
  }

  static void assertProblem(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains(code, "messageZh", "messageEn");
  }
}
