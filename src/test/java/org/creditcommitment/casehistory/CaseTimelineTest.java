package org.creditcommitment.casehistory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.commitment.AuditedCases;
import org.creditcommitment.commitment.CaseRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The auditor's timeline, CSV and diagram of real cases, through the REST API. */
class CaseTimelineTest extends IntegrationTest {

  @Autowired AuditedCases cases;
  @Autowired ObjectMapper json;
  @Autowired org.creditcommitment.credit.adapters.CreditRegistry registry;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  @Test
  void aNaturalPersonsPushIsRecordedUnderTheKeyedIndexOfTheIdNumberAndStillMergedIntoTheCaseHistory()
      throws Exception {
    String id = org.creditcommitment.subject.TestCodes.residentId();
    registry.createSubject(new org.creditcommitment.credit.adapters.NewSubject(id,
        org.creditcommitment.subject.SubjectType.NATURAL, "欧阳娜娜", "person-" + id + "@example.test", "AA"));
    CaseRecord c = cases.atInspection(id);

    assertThat(jdbc.queryForList("select ref from audit_event where type = 'credit.record-pushed' and details like ?",
        String.class, "%" + c.caseNo() + "%")).isNotEmpty().allSatisfy(ref -> assertThat(ref)
            .startsWith("pidx:" + id.substring(0, 6) + "********" + id.substring(14) + ":").doesNotContain(id));
    HttpResponse<String> response = http.get("/api/cases/" + c.caseNo() + "/history", "auditor");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<Map<String, Object>> entries = entries(response.body());
    assertThat(entries).filteredOn(e -> "credit.pushed".equals(e.get("type"))).isNotEmpty()
        .as("each push's audit event, found by the ID number").allSatisfy(e -> assertThat(details(e))
            .containsKey("auditEventId"));
    assertThat(entries).noneMatch(e -> "credit.record-pushed".equals(e.get("type")));
  }

  @Test
  void timelineOfACaseThatPassedEveryKindOfStepShowsEachStepWithActorSourceAndDetails() throws Exception {
    CaseRecord c = cases.everyKindOfStep();
    assertThat(c.endState()).isEqualTo("FULFILLED");

    HttpResponse<String> response = http.get("/api/cases/" + c.caseNo() + "/history", "auditor");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<Map<String, Object>> entries = entries(response.body());
    List<String> types = entries.stream().map(e -> (String) e.get("type")).toList();

    assertThat(types).contains("process.started", "activity.started", "activity.ended", "task.created",
        "task.completed", "operation.Claim", "operation.Complete", "operation.SetJobRetries", "decision.evaluated",
        "deadline.scheduled", "deadline.cancelled", "deadline.fired", "notification.queued", "credit.queried",
        "credit.pushed", "commitment.signed", "message.received", "job.failed", "incident.created",
        "incident.resolved", "process.ended");
    assertThat(entries).allSatisfy(e -> assertThat(e).containsKeys("time", "type", "label", "actor", "source",
        "details"));
    List<Instant> times = entries.stream().map(e -> Instant.parse((String) e.get("time"))).toList();
    assertThat(times).isSorted();

    Map<String, Object> accepted = only(entries, "task.completed", "Task_AcceptApplication");
    assertThat(accepted.get("actor")).isEqualTo("clerk");
    // the form's value; the officer is the entry's actor and a fact on the case record, not a variable
    assertThat(details(accepted).get("formValues")).isEqualTo(Map.of("acceptanceDecision", "ACCEPT"));
    Map<String, Object> notified = only(entries, "task.completed", "Task_NotifyConditions");
    assertThat((Map<String, Object>) details(notified).get("formValues")).containsEntry("notifyChannel", "WINDOW");
    assertThat(first(entries, "operation.Claim").get("actor")).isEqualTo("clerk");
    assertThat(first(entries, "operation.SetJobRetries").get("actor")).isEqualTo("admin");

    Map<String, Object> eligibility = entries.stream().filter(e -> "decision.evaluated".equals(e.get("type"))
        && "commitment-eligibility".equals(details(e).get("decisionKey"))).findFirst().orElseThrow();
    assertThat((List<?>) details(eligibility).get("inputs")).isNotEmpty();
    assertThat((List<?>) details(eligibility).get("outputs")).isNotEmpty();

    Map<String, Object> query = first(entries, "credit.queried");
    assertThat(query.get("source")).isEqualTo("credit");
    assertThat((Map<String, Object>) details(query).get("snapshot")).containsEntry("grade", "AA");
    assertThat(details(query)).containsKey("auditEventId");

    Map<String, Object> push = first(entries, "credit.pushed");
    assertThat(details(push).get("idempotencyKey")).isEqualTo(c.caseNo() + ":commitment");
    assertThat((Map<String, Object>) details(push).get("payload")).containsEntry("caseNo", c.caseNo());
    assertThat(details(push)).containsKeys("platformRecordId", "auditEventId");
    assertThat(types.stream().filter("credit.record-pushed"::equals)).as("the push's audit event is merged").isEmpty();

    Map<String, Object> fired = entries.stream().filter(e -> "deadline.fired".equals(e.get("type"))).findFirst()
        .orElseThrow();
    assertThat(fired.get("source")).isEqualTo("audit");
    assertThat(details(fired)).containsEntry("kind", "decision").containsEntry("correlated", true);
    assertThat(entries).anyMatch(e -> "notification.queued".equals(e.get("type")) && "outbox".equals(e.get("source"))
        && "ESCALATION".equals(details(e).get("notificationType")));
    assertThat(first(entries, "incident.created").get("activityId")).isEqualTo("Task_PushCommitment");
    assertThat(first(entries, "message.received").get("details")).isEqualTo(Map.of("message", "CommitmentSigned",
        "name", "网上签署承诺"));
    assertThat(first(entries, "task.created").get("label")).isEqualTo("任务生成");
  }

  @Test
  void withdrawalIsShownAsSuch() throws Exception {
    CaseRecord c = cases.withdrawn();
    List<Map<String, Object>> entries = entries(http.get("/api/cases/" + c.caseNo() + "/history", "credit-office").body());
    Map<String, Object> withdrawal = first(entries, "withdrawal");
    assertThat(withdrawal.get("label")).isEqualTo("申请人撤回");
    assertThat(withdrawal.get("activityId")).isEqualTo("Event_Withdrawn");
    assertThat(entries).anyMatch(e -> "deadline.cancelled".equals(e.get("type")));
  }

  @Test
  void csvExportIsUtf8WithBomForExcelAndHasOneRowPerEntry() throws Exception {
    CaseRecord c = cases.standardReview(cases.subject("B"));
    int entries = entries(http.get("/api/cases/" + c.caseNo() + "/history", "auditor").body()).size();
    HttpResponse<String> csv = http.get("/api/cases/" + c.caseNo() + "/history.csv", "auditor");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv").contains("UTF-8");
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains(c.caseNo() + "-history.csv");
    assertThat(csv.body()).startsWith("\uFEFF时间,类型,事项,操作人,来源,流程环节,详情\r\n");
    assertThat(csv.body().split("\r\n")).hasSize(entries + 1);
    assertThat(csv.body()).contains("\"流程启动\"", "\"规则判定（DMN）\"", "\"通知已排队\"");
  }

  @Test
  void activitiesPassedMoreThanOnceAreCountedOnTheDiagram() {
    String key = "LOOP" + System.nanoTime();
    RepositoryService repository = processEngine.getRepositoryService();
    BpmnModelInstance loop = Bpmn.createExecutableProcess("audit-loop-test").name("审计循环测试")
        .camundaHistoryTimeToLive(1)
        .startEvent("Event_Start").exclusiveGateway("Gateway_Join").userTask("Task_Review").name("复核")
        .exclusiveGateway("Gateway_Again").condition("again", "${again}").connectTo("Gateway_Join")
        .moveToNode("Gateway_Again").condition("done", "${!again}").endEvent("Event_End").done();
    repository.createDeployment().addModelInstance("audit-loop-test.bpmn", loop).deploy();
    String pid = processEngine.getRuntimeService().startProcessInstanceByKey("audit-loop-test", key).getId();
    TaskService tasks = processEngine.getTaskService();
    tasks.complete(tasks.createTaskQuery().processInstanceId(pid).singleResult().getId(), Map.of("again", true));
    tasks.complete(tasks.createTaskQuery().processInstanceId(pid).singleResult().getId(), Map.of("again", false));

    CaseDiagram.Diagram diagram = diagramOf(key);
    assertThat(diagram.processDefinitionKey()).isEqualTo("audit-loop-test");
    assertThat(diagram.activities()).contains(new CaseDiagram.ActivityPass("Task_Review", 2, false, false),
        new CaseDiagram.ActivityPass("Event_End", 1, false, false));
    assertThat(diagram.xml()).contains("audit-loop-test");
  }

  @Test
  void diagramOfARunningCaseMarksTheActiveStepAndTheFlowsTaken() {
    CaseRecord c = cases.started(cases.subject("AA"));
    CaseDiagram.Diagram diagram = diagramOf(c.caseNo());
    assertThat(diagram.processDefinitionKey()).isEqualTo("commitment-lifecycle");
    assertThat(diagram.activities()).contains(new CaseDiagram.ActivityPass("Task_QueryCredit", 1, false, false),
        new CaseDiagram.ActivityPass("Task_NotifyConditions", 1, true, false));
    assertThat(diagram.takenFlows()).isNotEmpty();
    assertThat(diagram.xml()).contains("bpmndi:BPMNDiagram");
  }

  @Test
  void unknownOrMalformedCaseNumbersAndOtherGroupsAreRefused() {
    assertThat(http.get("/api/cases/XY19990101999999/history", "auditor").statusCode()).isEqualTo(404);
    assertThat(http.get("/api/cases/%3Cscript%3E/history", "auditor").statusCode()).isEqualTo(400);
    // a clerk reads the history of a case sent to them (抄送) only, and is told of an unknown one as of any number
    assertThat(http.get("/api/cases/XY19990101999999/history", "clerk").statusCode()).isEqualTo(404);
    assertThat(http.get("/api/cases/XY19990101999999/diagram", "portal").statusCode()).isEqualTo(403);
    assertThat(http.get("/api/cases/XY19990101999999/history", null).statusCode()).isEqualTo(401);
  }

  @Test
  void formulaLikeCsvCellsCannotRunInExcel() {
    assertThat(TimelineCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(TimelineCsv.cell("普通文本")).isEqualTo("\"普通文本\"");
    assertThat(TimelineCsv.cell(null)).isEmpty();
  }

  private CaseDiagram.Diagram diagramOf(String key) {
    HttpResponse<String> response = http.get("/api/cases/" + key + "/diagram", "auditor");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    try {
      return json.readValue(response.body(), CaseDiagram.Diagram.class);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private List<Map<String, Object>> entries(String body) throws Exception {
    Map<String, Object> history = json.readValue(body, new TypeReference<Map<String, Object>>() {});
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> entries = (List<Map<String, Object>>) history.get("entries");
    return entries;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> details(Map<String, Object> entry) {
    return (Map<String, Object>) entry.get("details");
  }

  private static Map<String, Object> first(List<Map<String, Object>> entries, String type) {
    return entries.stream().filter(e -> type.equals(e.get("type"))).findFirst()
        .orElseThrow(() -> new AssertionError("No " + type + " entry"));
  }

  private static Map<String, Object> only(List<Map<String, Object>> entries, String type, String activityId) {
    List<Map<String, Object>> found = entries.stream().filter(e -> type.equals(e.get("type"))
        && activityId.equals(e.get("activityId"))).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }
}
