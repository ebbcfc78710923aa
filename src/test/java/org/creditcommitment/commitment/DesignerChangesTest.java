package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.deadline.DeadlineStatus;
import org.creditcommitment.deadline.DeadlineView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The changes bpmn/README.md ("Changing the process without Java") walks a designer or administrator through, each
 * made on a copy without any Java change and proven by running a case: an item's periods changed in the catalogue,
 * an eligibility threshold changed in the DMN, a field added to a task's form, a second approval step added to the
 * lifecycle model. Each test removes what it deployed, so
 * every other test sees today's models.
 */
class DesignerChangesTest extends IntegrationTest {

  /** The eligibility DMN with 告知承诺 raised from AA to AAA; .xml so that the engine does not deploy it at start. */
  private static final String STRICTER_ELIGIBILITY = "models/commitment-eligibility-notify-commit-needs-aaa.xml";
  /** 作出行政决定's form with an extra editable textfield extraNote; .json for the same reason. */
  private static final String DECISION_FORM_WITH_NOTE = "models/make-decision-with-extra-note.form.json";
  private static final String NOTE = "已现场核验营业执照原件";

  @Autowired LifecycleDriver driver;
  @Autowired RepositoryService repository;
  @Autowired WorkingDayCalendar calendar;
  @Autowired ObjectMapper json;

  private final List<String> deployments = new ArrayList<>();

  @AfterEach
  void removeDeployments() {
    // today's models are the latest again for every other test
    deployments.forEach(id -> repository.deleteDeployment(id, true));
    deployments.clear();
  }

  // ---- 1. an item's periods, changed in the catalogue by an administrator ----

  @Test
  void changedCataloguePeriodsApplyToNewCasesWhileARunningCaseKeepsThePeriodsItWasGiven() throws Exception {
    // an item of its own, so that no other test sees the change: a copy of the food-business item
    String code = "TEST-PERIODS-" + (System.nanoTime() % 100000);
    ObjectNode item = (ObjectNode) json.readTree(http.get("/api/catalogue/" + AuditedCases.FOOD, "admin").body());
    item.put("code", code);
    ObjectNode periods = (ObjectNode) item.get("periods");
    periods.put("signing", "5WD").put("decision", "10WD");
    save(code, item);
    CaseRecord running = toSigning(code);
    DeadlineView runningSigning = scheduled(running, "signing");
    assertThat(runningSigning.dueDate()).isEqualTo(workingDays(runningSigning, 5));

    // the administrator's change: PUT /api/catalogue/{code} with the new periods (docs/catalogue.md)
    periods.put("signing", "2WD").put("decision", "3WD");
    save(code, item);

    CaseRecord fresh = toSigning(code);
    DeadlineView freshSigning = scheduled(fresh, "signing");
    assertThat(freshSigning.dueDate()).isEqualTo(workingDays(freshSigning, 2));
    assertThat(driver.letters.letter(fresh.caseNo()).orElseThrow().text()).contains("2个工作日内签署");

    // the running case keeps the deadline already set and the letter it signs
    DeadlineView kept = scheduled(running, "signing");
    assertThat(kept.id()).isEqualTo(runningSigning.id());
    assertThat(kept.dueDate()).isEqualTo(runningSigning.dueDate());
    assertThat(driver.letters.letter(running.caseNo()).orElseThrow().text()).contains("5个工作日内签署");

    // and the decision period its credit check fixed, while the new case decides within the new one
    toDecision(running);
    toDecision(fresh);
    DeadlineView runningDecision = scheduled(running, "decision");
    assertThat(runningDecision.dueDate()).isEqualTo(workingDays(runningDecision, 10));
    DeadlineView freshDecision = scheduled(fresh, "decision");
    assertThat(freshDecision.dueDate()).isEqualTo(workingDays(freshDecision, 3));
  }

  // ---- 2. an eligibility threshold, changed in the DMN ----

  @Test
  void aThresholdRaisedInTheEligibilityDecisionSendsAnAaApplicantToStandardReviewWithTheNewReason() throws Exception {
    String deployment = deploy(STRICTER_ELIGIBILITY, "commitment-eligibility.dmn");

    CaseRecord c = driver.apply(driver.subject("AA"), AuditedCases.FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);

    CaseRecord ended = driver.reload(c);
    assertThat(ended.endState()).isEqualTo(EndState.STANDARD_REVIEW.name());
    assertThat(ended.eligible()).isFalse();
    assertThat(ended.eligibilityReason()).isEqualTo("告知承诺须信用等级达到AAA级，申请人等级不足，按原审批程序办理。");
    HistoricDecisionInstance evaluated = processEngine.getHistoryService().createHistoricDecisionInstanceQuery()
        .processInstanceId(c.processInstanceId()).decisionDefinitionKey("commitment-eligibility").singleResult();
    assertThat(repository.getDecisionDefinition(evaluated.getDecisionDefinitionId()).getDeploymentId())
        .as("the designer's version decided").isEqualTo(deployment);

    // removed again, today's decision applies: the same grade may commit
    removeDeployments();
    CaseRecord after = driver.apply(driver.subject("AA"), AuditedCases.FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(after);
    assertThat(driver.reload(after).eligible()).isTrue();
    assertThat(driver.task(after, "Task_NotifyConditions")).isNotNull();
  }

  // ---- 3. a field added to a task's form ----

  @Test
  @SuppressWarnings("unchecked")
  void aFieldAddedToATaskFormIsAcceptedOnCompletionAndShownInTheAuditorsTimeline() throws Exception {
    CaseRecord c = driver.apply(driver.subject("AA"), AuditedCases.FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    String complete = "/engine-rest/task/" + driver.task(c, "Task_MakeDecision").getId() + "/complete";
    String submission = "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},\"extraNote\":{\"value\":\"" + NOTE
        + "\"}}}";

    // today's form has no such field: refused, nothing written
    HttpResponse<String> unknown = http.post(complete, "approver", submission);
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
    assertThat(unknown.body()).contains("unknown-form-fields", "extraNote");

    // the designer's copy of the form (same id, one more editable field), deployed: the open task takes it at once
    deploy(DECISION_FORM_WITH_NOTE, "make-decision.form");
    HttpResponse<String> accepted = http.post(complete, "approver", submission);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
    driver.runJobs(c);
    assertThat(driver.task(c, "Task_InspectFulfilment")).as("the case went on").isNotNull();

    HttpResponse<String> history = http.get("/api/cases/" + c.caseNo() + "/history", "auditor");
    assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
    Map<String, Object> decided = entries(history.body()).stream()
        .filter(e -> "task.completed".equals(e.get("type")) && "Task_MakeDecision".equals(e.get("activityId")))
        .findFirst().orElseThrow(() -> new AssertionError("no completed Task_MakeDecision in the timeline"));
    Map<String, Object> details = (Map<String, Object>) decided.get("details");
    assertThat((Map<String, Object>) details.get("formValues")).containsEntry("extraNote", NOTE)
        .containsEntry("decision", "APPROVE");
    assertThat(decided.get("actor")).isEqualTo("approver");
    // the process routes on decision only: the note is on the submission record, not a process variable
    assertThat(processEngine.getRuntimeService().getVariable(c.processInstanceId(), "extraNote")).isNull();
  }

  // ---- helpers ----

  /** Deploys a test resource under the name the engine parses it by (.bpmn, .dmn, .form); removed after the test. */
  // ---- 4. a second approval step, added in the BPMN ----

  /** The lifecycle with 科室审核 (group section-chief, a 3-working-day deadline) before 分管领导审批. */
  private static final String SECOND_APPROVAL = "models/commitment-lifecycle-second-approval.xml";

  @Test
  void aSecondApprovalStepAddedInTheModelIsPassedByEveryNewCaseWithItsOwnDeadline() throws Exception {
    var identity = processEngine.getIdentityService();
    var chief = identity.newUser("section-chief-test");
    chief.setFirstName("科长");
    identity.saveUser(chief);
    identity.saveGroup(identity.newGroup("section-chief"));
    identity.createMembership("section-chief-test", "section-chief");
    try {
      deploy(SECOND_APPROVAL, "commitment-lifecycle.bpmn");
      CaseRecord c = toSigning(AuditedCases.FOOD);
      driver.signOnline(c);
      driver.accept(c);

      // the new step waits first, under the deadline the designer gave it
      assertThat(driver.task(c).getTaskDefinitionKey()).isEqualTo("Task_DepartmentReview");
      assertThat(scheduled(c, "review").dueDate()).isEqualTo(workingDays(scheduled(c, "review"), 3));
      driver.fireDeadline(c, "review");
      assertThat(driver.task(c, "Task_DepartmentReview")).as("an overdue review stays with its group").isNotNull();

      driver.complete(c, "Task_DepartmentReview", "section-chief-test", Map.of());
      assertThat(driver.task(c).getTaskDefinitionKey()).isEqualTo("Task_MakeDecision");
      driver.approve(c);
      assertThat(driver.reload(c).licenceNo()).as("the case went on to the licence").isNotNull();
    } finally {
      identity.deleteMembership("section-chief-test", "section-chief");
      identity.deleteGroup("section-chief");
      identity.deleteUser("section-chief-test");
    }
  }

  private String deploy(String testResource, String name) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(testResource)) {
      Objects.requireNonNull(in, testResource);
      String id = repository.createDeployment().name("designer change " + name).addInputStream(name, in).deploy()
          .getId();
      deployments.add(id);
      return id;
    }
  }

  private void save(String code, ObjectNode item) {
    HttpResponse<String> saved = http.put("/api/catalogue/" + code, "admin", item.toString());
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
  }

  /** A new AA case of the item, waiting for the applicant's signature. */
  private CaseRecord toSigning(String itemCode) {
    CaseRecord c = driver.apply(driver.subject("AA"), itemCode, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    return c;
  }

  /** Signed online and accepted: waiting for the approver's decision. */
  private void toDecision(CaseRecord c) {
    driver.signOnline(c);
    driver.accept(c);
    assertThat(driver.task(c, "Task_MakeDecision")).isNotNull();
  }

  private DeadlineView scheduled(CaseRecord c, String kind) {
    return driver.deadlines.list(c.caseNo()).stream()
        .filter(d -> d.kind().equals(kind) && d.status() == DeadlineStatus.SCHEDULED).findFirst()
        .orElseThrow(() -> new AssertionError("Case " + c.caseNo() + " has no scheduled " + kind + " deadline"));
  }

  /** The last day of that many working days from when the deadline was set. */
  private LocalDate workingDays(DeadlineView deadline, int days) {
    return calendar.dueAfterWorkingDays(deadline.createdAt(), days).dueDate();
  }

  private List<Map<String, Object>> entries(String body) throws IOException {
    Map<String, Object> history = json.readValue(body, new TypeReference<Map<String, Object>>() {});
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> entries = (List<Map<String, Object>>) history.get("entries");
    return entries;
  }
}
