package org.creditcommitment.voluntary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.task.Task;
import org.creditcommitment.FlakyCreditPlatform;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.PersonalDataVariables;
import org.creditcommitment.catalogue.CommitmentCategory;
import org.creditcommitment.credit.NameCheck;
import org.creditcommitment.deadline.DeadlineStatus;
import org.creditcommitment.deadline.DeadlineView;
import org.creditcommitment.objection.CreditFileDriver;
import org.creditcommitment.subject.TestCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of voluntary-commitment.bpmn (汕府办函〔2021〕17号 二（一）) on the real engine, delegates, registry and
 * embedded platform: published and pushed once, returned with the reason mailed, withdrawn, expired, revoked, an
 * association's commitment for its members, refusals that write nothing, and the review form's fields.
 */
class VoluntaryCommitmentProcessTest extends IntegrationTest {

  static final String REVIEW = "Task_ReviewVoluntaryCommitment";
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired CreditFileDriver driver;
  @Autowired VoluntaryFiling filing;
  @Autowired VoluntaryCommitments commitments;
  @Autowired JdbcTemplate jdbc;
  @Autowired FlakyCreditPlatform platform;
  @Autowired VoluntaryRows rows;
  @Autowired org.creditcommitment.system.PersonalDataCipher cipher;
  @Autowired org.creditcommitment.system.PersonalDataIndex personalDataIndex;

  @AfterEach
  void healThePlatform() {
    platform.heal();
  }
  @Autowired org.creditcommitment.supervision.KeySupervisionList keySupervision;

  private static LocalDate today() {
    return LocalDate.now(org.creditcommitment.system.ClockConfig.ZONE);
  }

  private String name(String code) {
    return driver.registry.profile(code).name();
  }

  private VoluntaryRecord file(String code, String template, List<String> members) {
    VoluntaryFiling.Draft draft = filing.text(new VoluntaryRequests.Text(code, name(code), template, members));
    return filing.file(new VoluntaryRequests.Filing(code, name(code), template, members, "subject@example.test",
        "王法人", draft.sha256()), "portal");
  }

  private VoluntaryRecord file(String code) {
    return file(code, "ZY-CXJY", List.of());
  }

  private VoluntaryRecord reload(VoluntaryRecord r) {
    return commitments.require(r.voluntaryNo());
  }

  private VoluntaryRecord published(String code) {
    VoluntaryRecord r = file(code);
    driver.complete(r.processInstanceId(), REVIEW, "approver", Map.of("reviewDecision", "ACCEPT"));
    return reload(r);
  }

  private int pushes(String key) {
    return jdbc.queryForObject("select count(*) from credit_pushed_record where idempotency_key = ?", Integer.class,
        key);
  }

  private int rows(String code) {
    return jdbc.queryForObject("select count(*) from voluntary_commitment where subject_code = ?", Integer.class, code);
  }

  private DeadlineView scheduled(String no, String kind) {
    return driver.deadlines.list(no).stream().filter(d -> d.kind().equals(kind)
        && d.status() == DeadlineStatus.SCHEDULED).findFirst().orElse(null);
  }

  private static void assertProblem(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains(code);
  }

  @Test
  void aFiledCommitmentWaitsForTheOwningDepartmentsFormalReviewUnderItsReviewDeadline() {
    VoluntaryRecord r = file(driver.subject());

    assertThat(r.voluntaryNo()).matches("ZY\\d{14}");
    assertThat(r.status()).isEqualTo(VoluntaryStatus.UNDER_REVIEW);
    assertThat(r.text()).contains(r.subjectName()).contains(r.subjectCode()).doesNotContain("{");
    assertThat(driver.engine.getTaskService().createTaskQuery().processInstanceId(r.processInstanceId())
        .taskCandidateGroup("approver-scjg").count()).isEqualTo(1);
    assertThat(scheduled(r.voluntaryNo(), "voluntaryReview")).isNotNull();
    assertThat(driver.engine.getRuntimeService().getVariables(r.processInstanceId()).keySet())
        .containsExactlyInAnyOrder("voluntaryNo", "subjectName", "itemName", "department", "departmentName");
  }

  @Test
  void theCaseHistoryNamesWhoFiledTheCommitmentAsItsSubmitter() throws Exception {
    VoluntaryRecord r = file(driver.subject());

    HttpResponse<String> response = http.get("/api/cases/" + r.voluntaryNo() + "/history", "auditor");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode started = null;
    for (JsonNode event : JSON.readTree(response.body()).get("events")) {
      if ("process.started".equals(event.get("kind").asText())) {
        started = event;
      }
    }

    assertThat(started).as("the application event").isNotNull();
    // the engine starts the process as the system; the person is the one the record names
    JsonNode actor = started.path("actor");
    assertThat(actor.path("id").asText()).as("the submitter of " + actor).isEqualTo("portal");
    assertThat(actor.path("name").asText()).isEqualTo("网上办事大厅（代申请人）");
  }

  @Test
  void anAcceptedCommitmentIsPublishedPushedOnceAndStandsUntilItsValidityEnds() {
    VoluntaryRecord r = published(driver.subject());

    assertThat(r.status()).isEqualTo(VoluntaryStatus.PUBLISHED);
    assertThat(r.publishedAt()).isNotNull();
    assertThat(r.validUntil()).isEqualTo(today().plusYears(1));
    assertThat(r.reviewedBy()).isEqualTo("approver");
    assertThat(r.pushedAt()).isNotNull();
    assertThat(pushes(r.voluntaryNo() + ":published")).isEqualTo(1);
    driver.runJobs(r.processInstanceId());
    assertThat(pushes(r.voluntaryNo() + ":published")).as("pushed once").isEqualTo(1);
    assertThat(scheduled(r.voluntaryNo(), "validity").dueDate()).isEqualTo(r.validUntil());
    assertThat(commitments.published(VoluntaryCommitments.Filter.all()))
        .anySatisfy(c -> assertThat(c.voluntaryNo()).isEqualTo(r.voluntaryNo()));
    VoluntaryCommitment shown = commitments.find(r.voluntaryNo()).orElseThrow();
    assertThat(shown.categoryLabel()).isEqualTo("主动型");
    assertThat(shown.templateName()).isEqualTo("诚信经营承诺");
    assertThat(shown.departmentName()).isEqualTo("市场监督管理局");
    assertThat(commitments.countsByDepartmentAndCategory(today(), today()))
        .anySatisfy(c -> {
          assertThat(c.department()).isEqualTo("scjg");
          assertThat(c.category()).isEqualTo(CommitmentCategory.VOLUNTARY);
          assertThat(c.published()).isPositive();
        });
  }

  @Test
  void aReturnedCommitmentEndsReturnedAndTheSubjectIsMailedTheReason() {
    VoluntaryRecord r = file(driver.subject());
    driver.complete(r.processInstanceId(), REVIEW, "approver", Map.of("reviewDecision", "RETURN",
        "returnReason", "承诺主体名称与营业执照不一致"));

    VoluntaryRecord after = reload(r);
    assertThat(after.status()).isEqualTo(VoluntaryStatus.RETURNED);
    assertThat(after.returnReason()).isEqualTo("承诺主体名称与营业执照不一致");
    assertThat(driver.ended(r.processInstanceId())).isTrue();
    assertThat(driver.notifications.forCase(r.voluntaryNo())).anySatisfy(n -> {
      assertThat(n.type().name()).isEqualTo("VOLUNTARY_RETURNED");
      assertThat(n.body()).contains("承诺主体名称与营业执照不一致");
    });
    assertThat(pushes(r.voluntaryNo() + ":published")).isZero();
    assertThat(driver.historicVariable(r.processInstanceId(), "returnReason")).as("a fact of the row").isNull();
  }

  @Test
  void theSubjectWithdrawsAStandingCommitmentThroughThePortalAndTheWithdrawalIsPushed() {
    VoluntaryRecord under = file(driver.subject());
    assertProblem(http.post("/api/voluntary-commitments/" + under.voluntaryNo() + "/withdrawal", "portal", "{}"), 409,
        "not-published");

    VoluntaryRecord r = published(driver.subject());
    HttpResponse<String> withdrawn = http.post("/api/voluntary-commitments/" + r.voluntaryNo() + "/withdrawal",
        "portal", "{\"reason\":\"经营范围调整\"}");
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    driver.runJobs(r.processInstanceId());

    VoluntaryRecord after = reload(r);
    assertThat(after.status()).isEqualTo(VoluntaryStatus.WITHDRAWN);
    assertThat(after.endReason()).isEqualTo("经营范围调整");
    assertThat(driver.ended(r.processInstanceId())).isTrue();
    assertThat(pushes(r.voluntaryNo() + ":withdrawn")).isEqualTo(1);
    assertThat(scheduled(r.voluntaryNo(), "validity")).as("the validity deadline is cancelled").isNull();
    assertThat(commitments.published(VoluntaryCommitments.Filter.all()))
        .noneSatisfy(c -> assertThat(c.voluntaryNo()).isEqualTo(r.voluntaryNo()));
  }

  @Test
  void aCommitmentExpiresWhenItsValidityDeadlineFires() {
    VoluntaryRecord r = published(driver.subject());
    driver.fireDeadline(r.voluntaryNo(), r.processInstanceId(), "validity");

    assertThat(reload(r).status()).isEqualTo(VoluntaryStatus.EXPIRED);
    assertThat(driver.ended(r.processInstanceId())).isTrue();
  }

  @Test
  void theCreditOfficeRevokesAStandingCommitmentThroughThePublicServiceAndTheRevocationIsPushed() {
    VoluntaryRecord r = published(driver.subject());
    commitments.revoke(r.voluntaryNo(), "经核查存在违背承诺行为");
    driver.runJobs(r.processInstanceId());

    VoluntaryRecord after = reload(r);
    assertThat(after.status()).isEqualTo(VoluntaryStatus.REVOKED);
    assertThat(after.endReason()).isEqualTo("经核查存在违背承诺行为");
    assertThat(driver.ended(r.processInstanceId())).isTrue();
    assertThat(pushes(r.voluntaryNo() + ":revoked")).isEqualTo(1);
    assertThat(cipher.decrypt(jdbc.queryForObject("select payload from credit_pushed_record where idempotency_key = ?",
        String.class, r.voluntaryNo() + ":revoked"))).contains("REVOKED").contains("经核查存在违背承诺行为");

    VoluntaryRecord other = published(driver.subject());
    HttpResponse<String> overHttp = http.post("/api/voluntary-commitments/" + other.voluntaryNo() + "/revocation",
        "credit-office", "{\"reason\":\"违诺\"}");
    assertThat(overHttp.statusCode()).as(overHttp.body()).isEqualTo(200);
    assertThat(reload(other).status()).isEqualTo(VoluntaryStatus.REVOKED);
    assertProblem(http.post("/api/voluntary-commitments/" + other.voluntaryNo() + "/revocation", "credit-office",
        "{\"reason\":\"违诺\"}"), 409, "not-published");
  }

  @Test
  void aStandingCommitmentShowsOnThePublicBoardAndARecordedBreachListsTheSubjectTakesItOffAndTheListingEnds() throws Exception {
    String code = driver.subject();
    VoluntaryRecord r = published(code);
    driver.runJobs(r.processInstanceId());
    String board = http.get("/public/api/commitments?code=" + code, null).body();
    assertThat(board).contains(r.templateName()).contains(name(code));

    assertThat(http.post("/api/voluntary-commitments/" + r.voluntaryNo() + "/breaches", "clerk",
        "{\"reason\":\"虚假宣传\",\"evidence\":\"投诉核查记录\"}").statusCode()).isEqualTo(403);
    HttpResponse<String> breach = http.post("/api/voluntary-commitments/" + r.voluntaryNo() + "/breaches",
        "credit-office", "{\"reason\":\"虚假宣传\",\"evidence\":\"投诉核查记录（2026）第3号\"}");
    assertThat(breach.statusCode()).as(breach.body()).isEqualTo(201);
    driver.runJobs(r.processInstanceId());

    assertThat(keySupervision.active(code)).isPresent();
    String statistics = http.get("/api/statistics?from=" + today() + "&to=" + today(), "credit-office").body();
    assertThat(statistics).as("the statistics count voluntary commitments per department and category")
        .containsPattern("\\{\"department\":\"scjg\",\"departmentName\":\"[^\"]+\",\"category\":\"VOLUNTARY\",\"categoryLabel\":\"主动型\",\"filed\":[1-9][0-9]*,\"published\":[1-9]");
    assertThat(reload(r).status()).isEqualTo(VoluntaryStatus.REVOKED);
    assertThat(http.get("/public/api/commitments?code=" + code, null).body())
        .as("a broken commitment no longer stands on the board").doesNotContain(r.templateName());
    assertProblem(http.post("/api/voluntary-commitments/" + r.voluntaryNo() + "/breaches", "credit-office",
        "{\"reason\":\"虚假宣传\",\"evidence\":\"x\"}"), 409, "not-published");

    // the listing ends by itself after its period
    clock.advance(java.time.Duration.ofDays(366));
    try {
      assertThat(keySupervision.active(code)).isEmpty();
    } finally {
      clock.reset();
    }
  }

  @Test
  void aNaturalPersonsVoluntaryCommitmentKeepsNeitherTheIdNumberNorTheEmailInTheEngineAcceptedOrReturned() {
    String person = person();
    VoluntaryRecord own = file(person);
    VoluntaryRecord asMember = file(driver.subject(), "ZL-HYZL", List.of(person));
    for (VoluntaryRecord r : List.of(own, asMember)) {
      assertThat(PersonalDataVariables.holding(processEngine, r.processInstanceId(), person, "subject@example.test"))
          .as("running").isEmpty();
    }
    driver.complete(own.processInstanceId(), REVIEW, "approver", Map.of("reviewDecision", "ACCEPT"));
    driver.complete(asMember.processInstanceId(), REVIEW, "approver", Map.of("reviewDecision", "RETURN",
        "returnReason", "成员名单需加盖协会公章"));

    for (VoluntaryRecord r : List.of(own, asMember)) {
      // the code, the members' codes and the e-mail address are on the row (encrypted); the engine keeps none
      assertThat(PersonalDataVariables.namesOf(processEngine, r.processInstanceId())).isEmpty();
      assertThat(PersonalDataVariables.holding(processEngine, r.processInstanceId(), person, "subject@example.test"))
          .isEmpty();
    }
  }

  /** A natural person (个体工商户 registered under the operator's resident ID) unique to the calling test. */
  private String person() {
    String code = TestCodes.residentId();
    driver.registry.createSubject(new org.creditcommitment.credit.adapters.NewSubject(code,
        org.creditcommitment.subject.SubjectType.NATURAL, "欧阳娜娜", null, "AA"));
    return code;
  }

  /** The row as the database holds it, every column as text. */
  private String rawRow(String no) {
    return jdbc.queryForMap("select * from voluntary_commitment where voluntary_no = ?", no).toString()
        + jdbc.queryForList("select * from voluntary_commitment_member where voluntary_no = ?", no);
  }

  @Test
  void aNaturalPersonsIdNumberEmailAndTextAreStoredEncryptedWithSm4AndTheSubjectIsStillFoundByItsIdNumber() {
    String person = person();
    String association = driver.subject();
    VoluntaryRecord own = file(person);
    VoluntaryRecord asMember = file(association, "ZL-HYZL", List.of(person));

    String raw = rawRow(own.voluntaryNo()) + rawRow(asMember.voluntaryNo());
    assertThat(raw).doesNotContain(person, person.substring(6, 14), "subject@example.test");
    assertThat(jdbc.queryForObject("select subject_code from voluntary_commitment where voluntary_no = ?",
        String.class, own.voluntaryNo())).startsWith("enc1:SM4-GCM:demo-data:");
    assertThat(jdbc.queryForObject("select subject_code from voluntary_commitment where voluntary_no = ?",
        String.class, asMember.voluntaryNo())).as("an organisation's code is public and stays readable")
        .isEqualTo(association);
    assertThat(jdbc.queryForObject("select count(*) from voluntary_commitment where subject_code_idx = ?",
        Integer.class, personalDataIndex.of(person))).isEqualTo(1);

    assertThat(reload(own).subjectCode()).isEqualTo(person);
    assertThat(reload(own).email()).isEqualTo("subject@example.test");
    assertThat(reload(own).text()).contains(person);
    assertThat(reload(asMember).memberCodes()).containsExactly(person);
    assertThat(commitments.ofSubject(person)).extracting(VoluntaryCommitment::voluntaryNo)
        .containsExactly(own.voluntaryNo(), asMember.voluntaryNo());
  }

  @Test
  void aNaturalPersonsCommitmentOnThePublicBoardIsMaskedAsBefore() throws Exception {
    String person = person();
    VoluntaryRecord r = published(person);
    driver.runJobs(r.processInstanceId());

    String board = http.get("/public/api/commitments?code=" + person, null).body();

    assertThat(board).contains(r.templateName()).contains("欧阳**")
        .contains(person.substring(0, 6) + "********" + person.substring(14)).doesNotContain(person, "娜娜");
  }

  @Test
  void rowsStoredInPlainTextBeforeTheUpgradeAreEncryptedAtStartAndFoundAgain() {
    String person = person();
    VoluntaryRecord r = file(person);
    // as the row was before personal data was encrypted: plain columns, no index
    jdbc.update("update voluntary_commitment set subject_code = ?, email = ?, commitment_text = ?,"
        + " subject_code_idx = null where voluntary_no = ?", person, "subject@example.test", r.text(), r.voluntaryNo());
    assertThat(reload(r).subjectCode()).as("a plain row reads as it is until it is encrypted").isEqualTo(person);

    rows.protectPersonalData();

    assertThat(rawRow(r.voluntaryNo())).doesNotContain(person, "subject@example.test");
    assertThat(reload(r).subjectCode()).isEqualTo(person);
    assertThat(reload(r).text()).isEqualTo(r.text());
    assertThat(commitments.ofSubject(person)).extracting(VoluntaryCommitment::voluntaryNo)
        .containsExactly(r.voluntaryNo());
  }

  @Test
  void anAssociationsSelfRegulatoryCommitmentCoversItsTwoMembers() {
    String association = driver.subject();
    String first = driver.subject();
    String second = driver.subject();
    VoluntaryRecord r = file(association, "ZL-HYZL", List.of(first, second));

    assertThat(r.category()).isEqualTo(CommitmentCategory.INDUSTRY_SELF_DISCIPLINE);
    assertThat(r.memberCodes()).containsExactly(first, second);
    assertThat(r.text()).contains(first).contains(second).contains("2家会员单位");
    driver.complete(r.processInstanceId(), REVIEW, "approver", Map.of("reviewDecision", "ACCEPT"));
    assertThat(commitments.find(r.voluntaryNo()).orElseThrow().memberCodes()).containsExactly(first, second);
    assertThat(cipher.decrypt(jdbc.queryForObject("select payload from credit_pushed_record where idempotency_key = ?",
        String.class, r.voluntaryNo() + ":published"))).contains(first).contains(second);
  }

  @Test
  void theTextIsRenderedForThePortalAndAFilingOverHttpCarriesItsHash() throws Exception {
    String code = driver.subject();
    HttpResponse<String> text = http.post("/api/voluntary-commitments/text", "portal", "{\"subjectCode\":\"" + code
        + "\",\"subjectName\":\"" + name(code) + "\",\"templateCode\":\"ZY-CPZL\"}");
    assertThat(text.statusCode()).as(text.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(text.body());
    assertThat(body.path("text").asText()).contains("产品质量承诺书");

    HttpResponse<String> filed = http.post("/api/voluntary-commitments", "portal", "{\"subjectCode\":\"" + code
        + "\",\"subjectName\":\"" + name(code) + "\",\"templateCode\":\"ZY-CPZL\",\"email\":\"a@example.test\","
        + "\"signer\":\"王法人\",\"textSha256\":\"" + body.path("textSha256").asText() + "\"}");
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    assertThat(filed.body()).contains("\"voluntaryNo\":\"ZY");
    assertThat(http.get("/api/voluntary-templates", "portal").body()).contains("诚信经营承诺", "行业自律公约承诺");
  }

  @Test
  void anUnknownTemplateAMismatchedHashAnInvalidCodeOrMisplacedMembersAreRefusedAndNothingIsWritten() {
    String code = driver.subject();
    String good = filing.text(new VoluntaryRequests.Text(code, name(code), "ZY-CXJY", List.of())).sha256();
    String base = "\"subjectName\":\"" + name(code) + "\",\"email\":\"a@example.test\",\"signer\":\"王法人\"";

    assertProblem(http.post("/api/voluntary-commitments", "portal", "{\"subjectCode\":\"" + code + "\"," + base
        + ",\"templateCode\":\"ZY-NONE\",\"textSha256\":\"" + good + "\"}"), 400, "unknown-template");
    assertProblem(http.post("/api/voluntary-commitments", "portal", "{\"subjectCode\":\"" + code + "\"," + base
        + ",\"templateCode\":\"ZY-CXJY\",\"textSha256\":\"" + "0".repeat(64) + "\"}"), 400, "text-mismatch");
    assertProblem(http.post("/api/voluntary-commitments", "portal", "{\"subjectCode\":\""
        + TestCodes.usccWithWrongCheck() + "\"," + base + ",\"templateCode\":\"ZY-CXJY\",\"textSha256\":\"" + good
        + "\"}"), 400, "messageZh");
    assertProblem(http.post("/api/voluntary-commitments", "portal", "{\"subjectCode\":\"" + code + "\"," + base
        + ",\"templateCode\":\"ZY-CXJY\",\"memberCodes\":[\"" + driver.subject() + "\"],\"textSha256\":\"" + good
        + "\"}"), 400, "members-not-allowed");
    assertProblem(http.post("/api/voluntary-commitments", "portal", "{\"subjectCode\":\"" + code + "\"," + base
        + ",\"templateCode\":\"ZL-HYZL\",\"memberCodes\":[\"" + TestCodes.usccWithWrongCheck()
        + "\"],\"textSha256\":\"" + good + "\"}"), 400, "messageZh");
    assertProblem(http.post("/api/voluntary-commitments", "portal", "{\"subjectCode\":\"" + code
        + "\",\"subjectName\":\"另一家公司\",\"email\":\"a@example.test\",\"signer\":\"王法人\","
        + "\"templateCode\":\"ZY-CXJY\",\"textSha256\":\"" + good + "\"}"), 400, "applicant-name-mismatch");

    assertThat(rows(code)).as("no row, hence no process instance (both in one transaction)").isZero();
  }

  @Test
  void theReviewFormAcceptsExactlyItsEditableFieldsAndAReturnNeedsItsReason() {
    VoluntaryRecord r = file(driver.subject());
    Task task = driver.task(r.processInstanceId(), REVIEW);
    String complete = "/engine-rest/task/" + task.getId() + "/complete";

    assertProblem(http.post(complete, "approver", "{\"variables\":{\"reviewDecision\":{\"value\":\"ACCEPT\"},"
        + "\"department\":{\"value\":\"wsjk\"}}}"), 400, "unknown-form-fields");
    assertProblem(http.post(complete, "approver", "{\"variables\":{\"reviewDecision\":{\"value\":\"RETURN\"}}}"),
        400, "invalid-form-values");
    assertProblem(http.post(complete, "approver", "{\"variables\":{\"reviewDecision\":{\"value\":\"MAYBE\"}}}"),
        400, "invalid-form-values");
    assertThat(http.post(complete, "clerk", "{\"variables\":{\"reviewDecision\":{\"value\":\"ACCEPT\"}}}")
        .statusCode()).isEqualTo(403);
    assertThat(driver.task(r.processInstanceId(), REVIEW)).as("still open").isNotNull();
    assertThat(reload(r).status()).isEqualTo(VoluntaryStatus.UNDER_REVIEW);

    assertThat(http.post(complete, "approver", "{\"variables\":{\"reviewDecision\":{\"value\":\"RETURN\"},"
        + "\"returnReason\":{\"value\":\"签署人不是法定代表人\"}}}").statusCode()).isEqualTo(204);
    assertThat(reload(r).status()).isEqualTo(VoluntaryStatus.RETURNED);
  }

  @Test
  void aMissedReviewDeadlineEscalatesToTheCreditOfficeWhileTheDepartmentKeepsTheTask() {
    VoluntaryRecord r = file(driver.subject());
    driver.fireDeadline(r.voluntaryNo(), r.processInstanceId(), "voluntaryReview");

    assertThat(driver.mailTypes(r.voluntaryNo())).contains("ESCALATION");
    assertThat(driver.task(r.processInstanceId(), REVIEW)).isNotNull();
    driver.complete(r.processInstanceId(), REVIEW, "approver", Map.of("reviewDecision", "ACCEPT"));
    assertThat(reload(r).status()).isEqualTo(VoluntaryStatus.PUBLISHED);
  }

  // ---- a filing made while the credit platform is away ----

  /** Renders and files with the platform away for both name checks (the text and the filing each ask it). */
  private VoluntaryRecord fileWhilePlatformAway(String code, String name) {
    platform.failNext("query", 2);
    VoluntaryFiling.Draft draft = filing.text(new VoluntaryRequests.Text(code, name, "ZY-CXJY", List.of()));
    assertThat(draft.nameCheck()).isEqualTo(NameCheck.UNVERIFIED);
    assertThat(draft.subjectName()).isEqualTo(name);
    return filing.file(new VoluntaryRequests.Filing(code, name, "ZY-CXJY", List.of(), "subject@example.test", "王法人",
        draft.sha256()), "portal");
  }

  @Test
  void aCommitmentFiledWhileThePlatformIsAwayWaitsForItsNameCheckBeforeAnyoneReviewsOrPublishesIt() {
    String code = driver.subject();
    VoluntaryRecord r = fileWhilePlatformAway(code, name(code));
    assertThat(r.nameCheck()).isEqualTo(NameCheck.UNVERIFIED);
    assertThat(r.nameCheckedAt()).isNull();
    assertThat(r.status()).isEqualTo(VoluntaryStatus.UNDER_REVIEW);
    assertThat(driver.task(r.processInstanceId(), REVIEW)).as("not reviewed before the name is checked").isNull();

    // still away: the check is retried and then waits as an incident
    var management = processEngine.getManagementService();
    var job = management.createJobQuery().processInstanceId(r.processInstanceId()).singleResult();
    platform.failNext("query", 2);
    assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("Simulated outage");
    management.setJobRetries(job.getId(), 1); // the rest of the retry cycle, as the job executor would run it
    management.setJobDuedate(job.getId(), new java.util.Date());
    assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("Simulated outage");
    assertThat(processEngine.getRuntimeService().createIncidentQuery().processInstanceId(r.processInstanceId())
        .count()).isEqualTo(1);
    assertThat(reload(r).nameCheck()).isEqualTo(NameCheck.UNVERIFIED);

    // back: the operator retries it
    management.setJobRetries(job.getId(), 1);
    management.setJobDuedate(job.getId(), new java.util.Date());
    driver.runJobs(r.processInstanceId());

    VoluntaryRecord checked = reload(r);
    assertThat(checked.nameCheck()).isEqualTo(NameCheck.VERIFIED);
    assertThat(checked.nameCheckedAt()).isNotNull();
    assertThat(driver.task(r.processInstanceId(), REVIEW)).as("the review follows").isNotNull();
    driver.complete(r.processInstanceId(), REVIEW, "approver", Map.of("reviewDecision", "ACCEPT"));
    assertThat(reload(r).status()).isEqualTo(VoluntaryStatus.PUBLISHED);
  }

  @Test
  void aCommitmentWhoseNameTurnsOutNotToBeTheRegisteredOneIsReturnedWithTheReasonAndNeverPublished() {
    String code = driver.subject();
    VoluntaryRecord r = fileWhilePlatformAway(code, "汕尾市冒名顶替有限公司");

    driver.runJobs(r.processInstanceId());

    VoluntaryRecord after = reload(r);
    assertThat(after.status()).isEqualTo(VoluntaryStatus.RETURNED);
    assertThat(after.nameCheck()).isEqualTo(NameCheck.MISMATCH);
    assertThat(after.returnReason()).contains("登记的名称", name(code), "不予公示");
    assertThat(after.publishedAt()).isNull();
    assertThat(driver.ended(r.processInstanceId())).isTrue();
    assertThat(driver.notifications.forCase(r.voluntaryNo())).anySatisfy(n -> {
      assertThat(n.type().name()).isEqualTo("VOLUNTARY_RETURNED");
      assertThat(n.body()).contains(name(code));
    });
    assertThat(pushes(r.voluntaryNo() + ":published")).isZero();
  }

  @Test
  void theTextAndTheFilingAnswerWhileThePlatformIsAwayInsteadOf503() {
    String code = driver.subject();
    platform.failNext("query", 1);

    HttpResponse<String> text = http.post("/api/voluntary-commitments/text", "portal", "{\"subjectCode\":\"" + code
        + "\",\"subjectName\":\"" + name(code) + "\",\"templateCode\":\"ZY-CXJY\"}");

    assertThat(text.statusCode()).as(text.body()).isEqualTo(200);
    assertThat(text.body()).contains("\"nameCheck\":\"UNVERIFIED\"");
  }
}
