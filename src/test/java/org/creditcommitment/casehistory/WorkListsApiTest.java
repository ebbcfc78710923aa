package org.creditcommitment.casehistory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.TestOfficials;
import org.creditcommitment.commitment.AuditedCases;
import org.creditcommitment.commitment.CaseRecord;
import org.creditcommitment.credit.adapters.CreditRegistry;
import org.creditcommitment.credit.adapters.NewSubject;
import org.creditcommitment.subject.SubjectType;
import org.creditcommitment.subject.TestCodes;
import org.creditcommitment.security.Groups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The officials' own lists (已办, 本部门办件) through /api/work: what each role sees, scoped by department like every
 * other read of /api, searchable by number, applicant and item, and refusing bad parameters in Chinese and English.
 */
class WorkListsApiTest extends IntegrationTest {

  /** An approver of health (wsjk) only: market supervision's (scjg) cases are not his. */
  private static final String WSJK = "qian-wsjk-work";
  /** A clerk who has completed no task. */
  private static final String IDLE_CLERK = "zhao-idle-clerk";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired AuditedCases cases;
  @Autowired IdentityService identity;
  @Autowired CreditRegistry registry;

  @BeforeEach
  void officials() {
    TestOfficials.ensure(identity, WSJK, Groups.APPROVER, "approver-wsjk");
    TestOfficials.ensure(identity, IDLE_CLERK, Groups.CLERK);
  }

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void aDepartmentsOfficialsListItsRunningCasesByStageAndDeadlineAndNoOtherDepartmentSeesThem() {
    String name = uniqueName();
    String applicant = cases.subjectNamed(name, "AA");
    CaseRecord c = cases.atDecision(applicant);

    for (String user : List.of(Groups.APPROVER, Groups.LEADER, Groups.INSPECTOR, Groups.CLERK, Groups.AUDITOR)) {
      assertThat(caseNos(department("q=" + applicant, user))).as(user).containsExactly(c.caseNo());
    }
    JsonNode row = department("q=" + applicant, Groups.APPROVER).path("items").get(0);
    assertThat(row.path("applicantName").asText()).isEqualTo(name);
    assertThat(row.path("itemName").asText()).isEqualTo("食品经营许可（仅销售预包装食品）");
    assertThat(row.path("departmentName").asText()).isEqualTo("市场监督管理局");
    assertThat(row.path("stage").toString()).contains("作出行政决定");
    assertThat(row.path("dueDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(row.path("overdue").asBoolean()).isFalse();
    assertThat(row.path("documentsUrl").asText()).isEqualTo("/documents/?caseNo=" + c.caseNo());
    // the timeline is the auditors' and the credit office's: an approver gets no link to a page that refuses him
    assertThat(row.path("timelineUrl").isNull()).isTrue();
    assertThat(department("q=" + applicant, Groups.AUDITOR).path("items").get(0).path("timelineUrl").asText())
        .isEqualTo("/audit/#/case/" + c.caseNo());

    // another department's approver: not his, neither listed nor reachable by naming the department
    assertThat(caseNos(department("q=" + applicant, WSJK))).isEmpty();
    assertThat(caseNos(department("q=" + c.caseNo(), WSJK))).isEmpty();
    HttpResponse<String> other = http.get("/api/work/department?department=scjg", WSJK);
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.body()).contains("not-own-department", "messageZh", "messageEn");

    // by stage: the open task's key
    assertThat(caseNos(department("q=" + applicant + "&stage=Task_MakeDecision", Groups.APPROVER)))
        .containsExactly(c.caseNo());
    assertThat(caseNos(department("q=" + applicant + "&stage=Task_AcceptApplication", Groups.APPROVER))).isEmpty();
    assertThat(department("q=" + applicant, Groups.APPROVER).path("stages").toString())
        .contains("Task_MakeDecision", "作出行政决定");
  }

  @Test
  void theDepartmentsListFindsACaseByItsNumberInAnyCaseByApplicantNameOrCodeAndByItem() {
    String name = uniqueName();
    String applicant = cases.subjectNamed(name, "AA");
    CaseRecord c = cases.atDecision(applicant);

    assertThat(caseNos(department("q=" + c.caseNo().toLowerCase(Locale.ROOT), Groups.APPROVER)))
        .containsExactly(c.caseNo());
    assertThat(caseNos(department("q=" + encode(name.substring(0, name.length() - 4)), Groups.APPROVER)))
        .containsExactly(c.caseNo());
    assertThat(caseNos(department("q=" + applicant.toLowerCase(Locale.ROOT), Groups.APPROVER)))
        .containsExactly(c.caseNo());
    assertThat(caseNos(department("q=" + encode("仅销售预包装食品") + "&size=100", Groups.APPROVER)))
        .contains(c.caseNo());
  }

  @Test
  void theDepartmentsListFindsANaturalPersonsCaseByTheIdNumberStoredEncrypted() {
    String id = TestCodes.residentId();
    registry.createSubject(new NewSubject(id, SubjectType.NATURAL, "司马相如", "person-" + id + "@example.test", "AA"));
    CaseRecord c = cases.atDecision(id);

    assertThat(caseNos(department("q=" + id.toLowerCase(Locale.ROOT), Groups.APPROVER))).containsExactly(c.caseNo());
    assertThat(department("q=" + id, Groups.APPROVER).path("items").get(0).path("applicantCode").asText())
        .as("the official reads the ID number as before").isEqualTo(id);
  }

  @Test
  void overdueAndDueWithinListTheCasesByTheLastDayOfTheirOpenTask() {
    String applicant = cases.subjectNamed(uniqueName(), "AA");
    CaseRecord c = cases.atDecision(applicant);
    Instant due = processEngine.getTaskService().createTaskQuery().processInstanceId(c.processInstanceId())
        .taskDefinitionKey("Task_MakeDecision").singleResult().getDueDate().toInstant();

    assertThat(caseNos(department("q=" + applicant + "&overdue=true", Groups.APPROVER))).isEmpty();
    assertThat(caseNos(department("q=" + applicant + "&overdue=false", Groups.APPROVER))).containsExactly(c.caseNo());
    assertThat(caseNos(department("q=" + applicant + "&dueWithin=0", Groups.APPROVER))).isEmpty();

    // the day before the last day: due within a day, not yet overdue
    clock.setInstant(due.minus(Duration.ofHours(30)));
    assertThat(caseNos(department("q=" + applicant + "&dueWithin=1", Groups.APPROVER))).containsExactly(c.caseNo());
    assertThat(caseNos(department("q=" + applicant + "&overdue=true", Groups.APPROVER))).isEmpty();

    // past the last day
    clock.setInstant(due.plus(Duration.ofHours(1)));
    JsonNode late = department("q=" + applicant + "&overdue=true", Groups.APPROVER);
    assertThat(caseNos(late)).containsExactly(c.caseNo());
    assertThat(late.path("items").get(0).path("overdue").asBoolean()).isTrue();
    assertThat(caseNos(department("q=" + applicant + "&dueWithin=7", Groups.APPROVER))).isEmpty();
  }

  @Test
  void anOfficialsDoneListHoldsTheCasesHeCompletedATaskOfAndNoOneElsesWork() {
    String applicant = cases.subjectNamed(uniqueName(), "AA");
    CaseRecord decided = cases.atInspection(applicant);

    JsonNode clerk = done("q=" + decided.caseNo(), Groups.CLERK);
    assertThat(caseNos(clerk)).containsExactly(decided.caseNo());
    assertThat(clerk.path("items").get(0).path("lastAction").asText()).isEqualTo("受理申请");
    assertThat(clerk.path("items").get(0).path("actedAt").asText()).isNotBlank();
    JsonNode approver = done("q=" + applicant, Groups.APPROVER);
    assertThat(caseNos(approver)).containsExactly(decided.caseNo());
    assertThat(approver.path("items").get(0).path("lastAction").asText()).isEqualTo("作出行政决定");
    assertThat(approver.path("items").get(0).path("state").asText()).isEqualTo("办理中");
    assertThat(caseNos(done("q=" + encode("仅销售预包装食品") + "&size=100", Groups.APPROVER)))
        .contains(decided.caseNo());

    // someone who did nothing on it, of the same or of another department
    assertThat(caseNos(done("q=" + decided.caseNo(), IDLE_CLERK))).isEmpty();
    assertThat(caseNos(done("q=" + decided.caseNo(), WSJK))).isEmpty();
    assertThat(caseNos(done("q=" + decided.caseNo(), Groups.INSPECTOR))).isEmpty();
  }

  @Test
  void theWorkListsAreTheOfficialsOnlyNotTheProvidersNorThePortals() {
    for (String path : List.of("/api/work/done", "/api/work/department")) {
      for (String user : List.of(Groups.PROVIDER, Groups.PORTAL)) {
        HttpResponse<String> refused = http.get(path, user);
        assertThat(refused.statusCode()).as(user + " " + path).isEqualTo(403);
        assertThat(refused.body()).contains("messageZh", "messageEn");
      }
      assertThat(http.get(path, null).statusCode()).isEqualTo(401);
    }
  }

  @Test
  void badListParametersAreRefusedInChineseAndEnglish() {
    List<String> wrong = new ArrayList<>();
    for (String query : List.of("dueWithin=-1", "dueWithin=367", "dueWithin=x", "overdue=maybe", "size=0",
        "size=101", "page=-1", "department=nowhere", "q=" + "号".repeat(101))) {
      HttpResponse<String> refused = http.get("/api/work/department?" + encodeValue(query), Groups.CLERK);
      if (refused.statusCode() != 400 || !refused.body().contains("messageZh")
          || !refused.body().contains("messageEn")) {
        wrong.add(query + " → " + refused.statusCode() + " " + refused.body());
      }
    }
    HttpResponse<String> done = http.get("/api/work/done?size=1000", Groups.CLERK);
    assertThat(done.statusCode()).isEqualTo(400);
    assertThat(wrong).isEmpty();
  }

  private JsonNode department(String query, String user) {
    return json(http.get("/api/work/department?" + query, user));
  }

  private JsonNode done(String query, String user) {
    return json(http.get("/api/work/done?" + query, user));
  }

  private static List<String> caseNos(JsonNode page) {
    List<String> numbers = new ArrayList<>();
    page.path("items").forEach(item -> numbers.add(item.path("caseNo").asText()));
    return numbers;
  }

  private static JsonNode json(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    try {
      return JSON.readTree(response.body());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A legal person's name no other test uses, so a search by it finds this test's case only. */
  private static String uniqueName() {
    return "办件清单" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT) + "测试有限公司";
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String encodeValue(String query) {
    int eq = query.indexOf('=');
    return query.substring(0, eq + 1) + encode(query.substring(eq + 1));
  }
}
