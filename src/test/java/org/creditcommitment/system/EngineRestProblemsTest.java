package org.creditcommitment.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.security.Groups;
import org.junit.jupiter.api.Test;

/** The caller's mistakes on /engine-rest are 404 and 409 problems, not Camunda's 500. */
class EngineRestProblemsTest extends IntegrationTest {

  private static final String SYSTEM_WORKS = "{\"variables\":{\"systemWorks\":{\"value\":true,\"type\":\"Boolean\"}}}";

  @Test
  void completingATaskThatDoesNotExistIs404() {
    HttpResponse<String> response = http.post("/engine-rest/task/no-such-task/complete", "clerk", SYSTEM_WORKS);

    assertProblem(response, 404, "task-not-found");
    assertThat(response.body()).contains("任务不存在").contains("The task does not exist");
  }

  @Test
  void claimingATaskThatDoesNotExistIs404() {
    HttpResponse<String> response =
        http.post("/engine-rest/task/no-such-task/claim", "clerk", "{\"userId\":\"clerk\"}");

    assertProblem(response, 404, "task-not-found");
  }

  @Test
  void claimingATaskAnotherOfficialHoldsIs409() {
    IdentityService identity = processEngine.getIdentityService();
    String secondClerk = "clerk-claims-" + System.nanoTime();
    String password = "second-clerk-password";
    User user = identity.newUser(secondClerk);
    user.setPassword(password);
    identity.saveUser(user);
    identity.createMembership(secondClerk, Groups.CLERK);
    ProcessInstance instance = processEngine.getRuntimeService()
        .startProcessInstanceByKey("system-check", "CHECK-" + System.nanoTime());
    try {
      Task task = processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();

      HttpResponse<String> first = http.post("/engine-rest/task/" + task.getId() + "/claim", "clerk",
          "{\"userId\":\"clerk\"}");
      HttpResponse<String> second = http.send(http.request("/engine-rest/task/" + task.getId() + "/claim",
          secondClerk, password).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"" + secondClerk + "\"}", StandardCharsets.UTF_8)));

      assertThat(first.statusCode()).as(first.body()).isEqualTo(204);
      assertProblem(second, 409, "task-already-claimed");
      assertThat(second.body()).contains("已被其他人认领").contains("already been claimed");
      assertThat(processEngine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
          .isEqualTo("clerk");
    } finally {
      processEngine.getRuntimeService().deleteProcessInstance(instance.getId(), "EngineRestProblemsTest");
      identity.deleteUser(secondClerk);
    }
  }

  @Test
  void otherEngineAnswersAreCamundasOwn() {
    // a task of another group stays Camunda's 403 (FoundationTest), an unknown task's GET its own 404
    HttpResponse<String> response = http.get("/engine-rest/task/no-such-task", "clerk");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("\"type\":\"InvalidRequestException\"");
  }

  private static void assertProblem(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
    assertThat(response.body()).contains("\"code\":\"" + code + "\"").contains("messageZh").contains("messageEn");
  }
}
