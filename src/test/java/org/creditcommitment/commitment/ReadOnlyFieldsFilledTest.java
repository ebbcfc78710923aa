package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.objection.CreditFileDriver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A contract between the forms and the processes: at every user task an official meets, each read-only field of
 * the task's form has a value (an empty 决定期限 tells an official nothing). Walks every user task of the lifecycle,
 * objection and repair processes and reads the form variables as Tasklist does.
 */
class ReadOnlyFieldsFilledTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired LifecycleDriver driver;
  @Autowired CreditFileDriver creditFiles;
  @Autowired FormService forms;

  private final List<String> empty = new ArrayList<>();

  @Test
  void everyReadOnlyFieldOfEveryFormHasAValueAtItsTask() {
    CaseRecord c = driver.apply(driver.subject("AA"), AuditedCases.FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    check(driver.task(c, "Task_NotifyConditions"));
    driver.notifyConditions(c);
    check(driver.task(c, "Task_AwaitSignature"));
    driver.signOnline(c);
    check(driver.task(c, "Task_AcceptApplication"));
    driver.accept(c);
    check(driver.task(c, "Task_MakeDecision"));
    driver.approve(c);
    check(driver.task(c, "Task_InspectFulfilment"));
    driver.inspect(c, "Task_InspectFulfilment", false);
    driver.operations.submitRectification(c.caseNo(), new CaseRequests.Rectification("已按要求整改", false));
    driver.runJobs(c);
    check(driver.task(c, "Task_Reinspect"));
    driver.inspect(c, "Task_Reinspect", false);
    check(driver.task(c, "Task_ProposePunishment"));
    driver.proposePunishment(c, "REVOKE_LICENCE", "PUBLICITY");
    driver.statements.state(c.caseNo(), new CaseRequests.Statement("已整改到位，请求不予惩戒", true));
    driver.runJobs(c);
    check(driver.task(c, "Task_RecordHearing"));
    driver.complete(c, "Task_RecordHearing", "approver", Map.of("hearingDate", driver.today().toString(),
        "hearingSummary", "当事人到场陈述"));
    check(driver.task(c, "Task_DecidePunishment"));

    CaseRecord leveled = driver.apply(driver.subject("AA"), "JTJ-HY-001", CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(leveled);
    driver.notifyConditions(leveled);
    driver.signOnline(leveled);
    driver.accept(leveled);
    check(driver.task(leveled, "Task_ReviewDecision"));
    driver.complete(leveled, "Task_ReviewDecision", "approver", Map.of("approvalChoice", "FORWARD",
        "approvalOpinion", "拟同意"));
    check(driver.task(leveled, "Task_ReviewDecision"));
    driver.complete(leveled, "Task_ReviewDecision", "approver", Map.of("approvalChoice", "FORWARD",
        "approvalOpinion", "同意"));
    driver.complete(leveled, "Task_MakeDecision", "leader", Map.of("decision", "DENY_FALSE_COMMITMENT",
        "falseCommitmentFindings", "车辆行驶证系伪造", "decisionOpinion", "不予许可"));
    driver.heardWithoutStatement(leveled);
    check(driver.task(leveled, "Task_ReviewPunishment"));

    String code = creditFiles.subject();
    String objection = filed("/api/objections", "{\"subjectCode\":\"" + code + "\",\"recordId\":"
        + creditFiles.record(code) + ",\"reason\":\"处罚决定已撤销\",\"evidence\":[\"复议决定书\"]}");
    check(creditFiles.task(objection, "Task_AnswerObjection"));
    creditFiles.fireDeadline(businessKey(objection), objection, "objectionAnswer");
    check(creditFiles.task(objection, "Task_HandleOverdueObjection"));

    String repair = filed("/api/repairs", creditFiles.repairJson(code, creditFiles.record(code), true));
    check(creditFiles.task(repair, "Task_InitialReview"));
    creditFiles.complete(repair, "Task_InitialReview", "credit-office", Map.of("reviewResult", "COMPLETE"));
    check(creditFiles.task(repair, "Task_VerifyRepair"));

    assertThat(empty).as("read-only form fields without a value at their task").isEmpty();
  }

  private void check(Task task) {
    assertThat(task).isNotNull();
    VariableMap values = forms.getTaskFormVariables(task.getId());
    JsonNode form;
    try (InputStream in = forms.getDeployedTaskForm(task.getId())) {
      form = JSON.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    collect(task, form.path("components"), values);
  }

  private void collect(Task task, JsonNode components, VariableMap values) {
    for (JsonNode field : components) {
      collect(task, field.path("components"), values);
      String key = field.path("key").asText(null);
      boolean readOnly = field.path("readonly").asBoolean(false) || field.path("disabled").asBoolean(false);
      if (key != null && readOnly && !field.path("conditional").has("hide")) {
        Object value = values.get(key);
        if (value == null || value.toString().isBlank()) {
          empty.add(task.getTaskDefinitionKey() + "." + key + " (" + field.path("label").asText() + ")");
        }
      }
    }
  }

  private String filed(String path, String body) {
    HttpResponse<String> response = http.post(path, "portal", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String number = response.body().replaceAll(".*\"(objectionNo|repairNo)\"\\s*:\\s*\"([^\"]+)\".*", "$2");
    String pid = processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
        .singleResult().getId();
    creditFiles.runJobs(pid);
    return pid;
  }

  private String businessKey(String processInstanceId) {
    return processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult().getBusinessKey();
  }
}
