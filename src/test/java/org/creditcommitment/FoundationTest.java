package org.creditcommitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class FoundationTest extends IntegrationTest {

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void contextStartsWithFullHistoryAuthorizationAndMigratedSchema() {
    var config = processEngine.getProcessEngineConfiguration();
    assertThat(config.getHistory()).isEqualTo("full");
    assertThat(config.isAuthorizationEnabled()).isTrue();
    assertThat(jdbc.queryForObject("select count(*) from QRTZ_LOCKS", Integer.class)).isNotNull();
    assertThat(processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("system-check").count()).isPositive();
  }

  @Test
  void statusReportsTheDatabaseTheSuiteRunsOn() {
    HttpResponse<String> response = http.get("/api/system/status", "admin");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains(TestDatabase.isPostgres() ? "PostgreSQL" : "H2")
        .contains("\"quartzClustered\":" + TestDatabase.isPostgres());
  }

  @Test
  void openApiDescribesTheProductApi() {
    HttpResponse<String> docs = http.get("/v3/api-docs", null);
    assertThat(docs.statusCode()).isEqualTo(200);
    assertThat(docs.body()).contains("/api/cases").contains("/api/cases/{caseNo}/signature").doesNotContain("CurrentUser");
  }

  @Test
  void tasklistPageAnswers() {
    HttpResponse<String> response = http.get("/camunda/app/tasklist/default/", null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).containsIgnoringCase("<html");
  }

  @Test
  void camundaFormIsServedForAUserTaskToItsCandidateGroup() {
    ProcessInstance instance = processEngine.getRuntimeService()
        .startProcessInstanceByKey("system-check", "CHECK-" + System.nanoTime());
    Task task = processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();

    HttpResponse<String> form = http.get("/engine-rest/task/" + task.getId() + "/deployed-form", "clerk");

    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("Field_SystemWorks").contains("系统运行正常");
  }

  @Test
  void candidateGroupCompletesItsTaskAndOtherGroupsCannot() {
    ProcessInstance instance = processEngine.getRuntimeService()
        .startProcessInstanceByKey("system-check", "CHECK-" + System.nanoTime());
    Task task = processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    String body = "{\"variables\":{\"systemWorks\":{\"value\":true,\"type\":\"Boolean\"}}}";

    HttpResponse<String> byApprover = http.post("/engine-rest/task/" + task.getId() + "/complete", "approver", body);
    HttpResponse<String> byClerk = http.post("/engine-rest/task/" + task.getId() + "/complete", "clerk", body);

    assertThat(byApprover.statusCode()).isEqualTo(403);
    assertThat(byClerk.statusCode()).isEqualTo(204);
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(instance.getId()).singleResult().getState()).isEqualTo("COMPLETED");
  }

  @Test
  void everyOfficialSeesTheOneWorkFilterAndNoPerRoleFilter() {
    for (String user : new String[] {"clerk", "approver", "inspector", "provider", "credit-office"}) {
      HttpResponse<String> filters = http.get("/engine-rest/filter", user);
      assertThat(filters.statusCode()).isEqualTo(200);
      assertThat(filters.body()).as(user).contains("我的待办").doesNotContain("的任务\"");
    }
  }

  @Test
  void restWithoutLoginIs401() {
    assertThat(http.get("/engine-rest/task", null).statusCode()).isEqualTo(401);
    HttpResponse<String> api = http.get("/api/system/status", null);
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
    assertThat(api.body()).contains("messageZh").contains("messageEn");
  }

  @Test
  void apiWithAWrongPasswordIs401() {
    // a user of its own: a wrong password locks the user for a few seconds, which would fail other tests
    var identity = processEngine.getIdentityService();
    if (identity.createUserQuery().userId("wrong-password-probe").count() == 0) {
      var user = identity.newUser("wrong-password-probe");
      user.setPassword("right-password-123");
      identity.saveUser(user);
    }
    assertThat(http.get("/api/system/status", "wrong-password-probe", "nope").statusCode()).isEqualTo(401);
    assertThat(http.get("/engine-rest/task", "wrong-password-probe", "nope").statusCode()).isEqualTo(401);
  }

  @Test
  void apiWithTheWrongGroupIs403() {
    HttpResponse<String> response = http.get("/api/system/status", "clerk");
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("无权");
  }

  @Test
  void demoUsersExistOnePerGroup() {
    Map<String, String> groupOfUser = Map.of("clerk", "clerk", "approver", "approver", "inspector", "inspector",
        "provider", "provider", "credit-office", "credit-office", "auditor", "auditor", "admin", "camunda-admin");
    groupOfUser.forEach((user, group) -> assertThat(processEngine.getIdentityService().createUserQuery()
        .userId(user).memberOfGroup(group).count()).as(user).isEqualTo(1));
  }
}
