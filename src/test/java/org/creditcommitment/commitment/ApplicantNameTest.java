package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.camunda.bpm.engine.runtime.Incident;
import org.creditcommitment.FlakyCreditPlatform;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.credit.NameCheck;
import org.creditcommitment.credit.adapters.NewSubject;
import org.creditcommitment.documents.Documents;
import org.creditcommitment.notification.Notifications;
import org.creditcommitment.subject.SubjectType;
import org.creditcommitment.subject.TestCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.creditcommitment.system.PersonalDataIndex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The applicant's name is held against the name registered for the code before anything is written: a real
 * company code with a made-up name, or with a name holding NUL, a right-to-left override or markup, opens no
 * case. Full-width and half-width parentheses are the same name; a subject the platform does not know is
 * accepted as before. A platform that cannot be reached does not refuse the application: the case opens with the name
 * unverified, and the credit query verifies it (or refuses the case with a notice) before any document carries it.
 */
class ApplicantNameTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired LifecycleDriver driver;
  @Autowired FlakyCreditPlatform platform;
  @Autowired JdbcTemplate jdbc;
  @Autowired PersonalDataIndex index;
  @Autowired Documents documents;
  @Autowired Notifications notifications;

  @AfterEach
  void healThePlatform() {
    platform.heal();
  }

  private HttpResponse<String> apply(String code, String name) {
    ObjectNode body = JSON.createObjectNode().put("applicantCode", code).put("applicantName", name)
        .put("applicantEmail", "applicant@example.test").put("itemCode", "SCJG-SP-001")
        .put("commitmentType", "NOTIFY_COMMIT");
    return http.post("/api/cases", "portal", body.toString());
  }

  private String registeredName(String code) {
    return driver.registry.profile(code).name();
  }

  private String storedName(HttpResponse<String> created) throws Exception {
    String caseNo = JSON.readTree(created.body()).path("caseNo").asText();
    return jdbc.queryForObject("select applicant_name from commitment_case where case_no = ?", String.class, caseNo);
  }

  private void assertNothingWritten(String code) {
    assertThat(jdbc.queryForObject("select count(*) from commitment_case where applicant_code_idx = ?",
        Integer.class, index.of(code))).as("case rows of " + code).isZero();
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
        .variableValueEquals("applicantCode", code).count()).as("processes of " + code).isZero();
    assertThat(jdbc.queryForObject("select count(*) from credit_query where subject_code = ?", Integer.class, code))
        .as("credit queries kept for " + code).isZero();
  }

  @Test
  void theRegisteredNameOpensTheCase() throws Exception {
    String code = driver.subject("AA");

    HttpResponse<String> created = apply(code, registeredName(code));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(storedName(created)).isEqualTo(registeredName(code));
  }

  @Test
  void aWrongNameForARegisteredCompanyIsRefusedNamingTheRegisteredNameAndNothingIsWritten() {
    String code = driver.subject("AA");

    HttpResponse<String> refused = apply(code, "汕尾市冒名顶替有限公司");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    assertThat(refused.body()).contains("applicant-name-mismatch", "messageZh", "messageEn", registeredName(code));
    assertNothingWritten(code);
  }

  @Test
  void aWrongNameForANaturalPersonIsRefusedWithoutDisclosingTheRegisteredName() {
    String id = TestCodes.residentId();
    driver.registry.createSubject(new NewSubject(id, SubjectType.NATURAL, "欧阳明华", "p-" + id + "@example.test", "AA"));

    HttpResponse<String> refused = apply(id, "欧阳明");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("applicant-name-mismatch").doesNotContain("欧阳明华");
    assertNothingWritten(id);
  }

  @Test
  void aNameHoldingNulARightToLeftOverrideOrMarkupIsRefusedAndNothingIsWritten() {
    String code = driver.subject("AA");
    String registered = registeredName(code);
    for (String hostile : List.of(registered + "\u0000", "\u202e" + registered, registered.substring(0, 4) + "\u202e"
        + registered.substring(4), registered + "<script>alert(1)</script>", "<b>" + registered + "</b>")) {
      HttpResponse<String> refused = apply(code, hostile);
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      assertThat(refused.body()).as(hostile).contains("invalid-text", "applicantName", "messageZh", "messageEn");
    }
    assertNothingWritten(code);
  }

  @Test
  void aMissingMaterialHoldingAControlCharacterIsRefusedNamingTheElement() throws Exception {
    String code = driver.subject("AAA");
    ObjectNode body = JSON.createObjectNode().put("applicantCode", code).put("applicantName", registeredName(code))
        .put("applicantEmail", "applicant@example.test").put("itemCode", "WSJK-GG-001")
        .put("commitmentType", "TOLERATE_MISSING");
    body.putArray("missingMaterials").add("卫生管理制度\u0007");

    HttpResponse<String> refused = http.post("/api/cases", "portal", body.toString());

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("invalid-text", "missingMaterials[0]");
    assertNothingWritten(code);
  }

  @Test
  void fullWidthAndHalfWidthParenthesesAndSurroundingSpacesAreTheSameName() throws Exception {
    String code = TestCodes.uscc();
    String registered = "汕尾市鸿运（集团）有限公司";
    driver.registry.createSubject(new NewSubject(code, SubjectType.LEGAL, registered, "a-" + code + "@example.test",
        "AA"));

    HttpResponse<String> created = apply(code, "  汕尾市鸿运(集团)有限公司 ");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(storedName(created)).as("the case keeps the registered spelling").isEqualTo(registered);
  }

  @Test
  void aSubjectThePlatformDoesNotKnowIsAcceptedAsBeforeAndGoesToStandardReview() throws Exception {
    String unknown = TestCodes.uscc();

    HttpResponse<String> created = apply(unknown, " 汕尾市未登记商贸有限公司 ");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(storedName(created)).isEqualTo("汕尾市未登记商贸有限公司");
    CaseRecord c = driver.cases.require(JSON.readTree(created.body()).path("caseNo").asText());
    driver.runJobs(c);
    assertThat(driver.reload(c).endState()).isEqualTo(EndState.STANDARD_REVIEW.name());
  }

  private Cases.NameState nameState(HttpResponse<String> created) throws Exception {
    return driver.cases.nameState(JSON.readTree(created.body()).path("caseNo").asText());
  }

  /** As the job executor does over the retry cycle while the platform is still away: the credit query waits. */
  private Incident failUntilIncident(CaseRecord c) {
    platform.failNext(100);
    driver.runJobs(c);
    driver.exhaustRetries(c);
    Incident incident = processEngine.getRuntimeService().createIncidentQuery()
        .processInstanceId(c.processInstanceId()).singleResult();
    assertThat(incident).as("the credit query waits as an incident").isNotNull();
    return incident;
  }

  /** As an operator does in Cockpit once the platform is back. */
  private void retry(CaseRecord c, Incident incident) {
    platform.heal();
    processEngine.getManagementService().setJobRetries(incident.getConfiguration(), 1);
    processEngine.getManagementService().setJobDuedate(incident.getConfiguration(), new java.util.Date());
    driver.runJobs(c);
  }

  @Test
  void anUnreachablePlatformOpensTheCaseWithTheNameUnverifiedAndTheCreditQueryVerifiesItOnceThePlatformIsBack()
      throws Exception {
    String code = TestCodes.uscc();
    String registered = "汕尾市鸿运（集团）有限公司";
    driver.registry.createSubject(new NewSubject(code, SubjectType.LEGAL, registered, "a-" + code + "@example.test",
        "AA"));
    platform.failNext(1);

    HttpResponse<String> created = apply(code, " 汕尾市鸿运(集团)有限公司");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(JSON.readTree(created.body()).path("nameCheck").asText()).isEqualTo("UNVERIFIED");
    assertThat(nameState(created)).isEqualTo(new Cases.NameState(NameCheck.UNVERIFIED, null));
    assertThat(storedName(created)).as("kept as given until verified").isEqualTo("汕尾市鸿运(集团)有限公司");
    CaseRecord c = driver.cases.require(JSON.readTree(created.body()).path("caseNo").asText());

    Incident incident = failUntilIncident(c);
    assertThat(nameState(created).check()).as("still away: still unverified").isEqualTo(NameCheck.UNVERIFIED);
    assertThat(documents.forCase(c.caseNo())).as("no document before the name is verified").isEmpty();

    retry(c, incident);

    assertThat(driver.task(c, "Task_NotifyConditions")).as("the case goes on").isNotNull();
    Cases.NameState verified = nameState(created);
    assertThat(verified.check()).isEqualTo(NameCheck.VERIFIED);
    assertThat(verified.checkedAt()).isNotNull();
    assertThat(storedName(created)).as("the registered spelling, as a name checked at once keeps").isEqualTo(registered);
    assertThat(processEngine.getRuntimeService().getVariable(c.processInstanceId(), "applicantName"))
        .as("what cards and mails show").isEqualTo(registered);
    assertThat(http.get("/api/cases/" + c.caseNo(), "clerk").body()).contains("\"nameCheck\":\"VERIFIED\"");
  }

  @Test
  void aNameTheCreditQueryFindsIsNotTheRegisteredOneIsNotAcceptedWithTheReasonMailedAndNoDocument()
      throws Exception {
    String code = driver.subject("AA");
    platform.failNext(1);

    HttpResponse<String> created = apply(code, "汕尾市冒名顶替有限公司");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    CaseRecord c = driver.cases.require(JSON.readTree(created.body()).path("caseNo").asText());
    driver.runJobs(c);

    CaseRecord ended = driver.reload(c);
    assertThat(ended.endState()).isEqualTo(EndState.DENIED.name());
    assertThat(nameState(created).check()).isEqualTo(NameCheck.MISMATCH);
    assertThat(nameState(created).checkedAt()).isNotNull();
    assertThat(ended.eligible()).as("nothing else was decided").isNull();
    assertThat(driver.cases.facts(c.caseNo()).denialReason())
        .contains("申请人名称与该统一社会信用代码登记的名称", registeredName(code), "不予受理");
    assertThat(notifications.forCase(c.caseNo())).anySatisfy(n -> {
      assertThat(n.type().name()).isEqualTo("CASE_CLOSED");
      assertThat(n.body()).contains(NotifyDenialDelegate.NAME_MISMATCH_OUTCOME, registeredName(code));
    });
    assertThat(documents.forCase(c.caseNo())).as("no document prints a name found not to be registered").isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from commitment_letter where case_no = ?", Integer.class,
        c.caseNo())).as("no letter").isZero();
  }

  @Test
  void aNaturalPersonsNameFoundNotToMatchLaterIsRefusedWithoutDisclosingTheRegisteredName() throws Exception {
    String id = TestCodes.residentId();
    driver.registry.createSubject(new NewSubject(id, SubjectType.NATURAL, "欧阳明华", "p-" + id + "@example.test", "AA"));
    platform.failNext(1);

    HttpResponse<String> created = apply(id, "欧阳明");
    CaseRecord c = driver.cases.require(JSON.readTree(created.body()).path("caseNo").asText());
    driver.runJobs(c);

    assertThat(driver.reload(c).endState()).isEqualTo(EndState.DENIED.name());
    assertThat(driver.cases.facts(c.caseNo()).denialReason()).contains("申请人姓名与该证件号码登记的姓名不一致")
        .doesNotContain("欧阳明华");
    assertThat(notifications.forCase(c.caseNo())).allSatisfy(n -> assertThat(n.body()).doesNotContain("欧阳明华"));
  }

  /** The platform may fail after the application was answered: the background query retries into an incident. */
  @Test
  void aPlatformFailingAfterTheApplicationLeavesAnIncidentThatARetryResolves() {
    String code = driver.subject("AA");
    CaseRecord c = driver.apply(code, "SCJG-SP-001", CommitmentType.NOTIFY_COMMIT);
    platform.failNext(100);
    driver.runJobs(c);
    driver.exhaustRetries(c);
    Incident incident = processEngine.getRuntimeService().createIncidentQuery()
        .processInstanceId(c.processInstanceId()).singleResult();
    assertThat(incident).isNotNull();
    assertThat(incident.getIncidentMessage()).contains("Simulated outage");

    platform.heal();
    processEngine.getManagementService().setJobRetries(incident.getConfiguration(), 1);
    processEngine.getManagementService().setJobDuedate(incident.getConfiguration(), new java.util.Date());
    driver.runJobs(c);

    assertThat(driver.task(c, "Task_NotifyConditions")).as("the case goes on after the retry").isNotNull();
  }
}
