package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.documents.DocumentType;
import org.creditcommitment.documents.Documents;
import org.creditcommitment.documents.IssuedPdfs;
import org.creditcommitment.notification.Notifications;
import org.creditcommitment.supervision.InspectionDraw;
import org.creditcommitment.supervision.KeySupervisionList;
import org.creditcommitment.system.ClockConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 违背承诺纳入重点监管 (汕府办函〔2021〕17号 二（一）): an official of the department that decided a published commitment
 * records its breach, or the approver punishes with 列为重点监管对象; the applicant is listed for the configured period
 * (or the months the approver chose), pushed, its next cases are drawn for inspection at the raised share and the
 * clerk is warned; the listing ends by itself.
 */
class KeySupervisionTest extends IntegrationTest {

  private static final String BREACH = "{\"reason\":\"经营场所与承诺不符，且拒不整改\",\"evidence\":\"现场核查笔录（2026）第12号\"}";

  @Autowired LifecycleDriver driver;
  @Autowired KeySupervisionList keySupervision;
  @Autowired InspectionDraw draws;
  @Autowired Notifications notifications;
  @Autowired JdbcTemplate jdbc;
  @Autowired CaseDocuments documents;
  @Autowired Documents pdfs;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aRecordedBreachListsTheApplicantWhoseNextCaseIsAlwaysDrawnAndShownToTheClerkUntilTheListingEnds() {
    String code = driver.subject("AA");
    CaseRecord first = decided(code);
    HttpResponse<String> recorded = http.post("/api/cases/" + first.caseNo() + "/breaches", "approver", BREACH);
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);

    KeySupervisionList.Listing listing = keySupervision.active(code).orElseThrow();
    assertThat(listing.commitmentRef()).isEqualTo(first.caseNo());
    assertThat(listing.listedUntil()).isEqualTo(listing.listedAt().toLocalDate().plusYears(1).minusDays(1));
    assertThat(listing.platformRecordId()).as("pushed to the credit platform").isNotNull();
    assertThat(notifications.forCase(first.caseNo())).anyMatch(n -> n.typeLabel().equals("纳入重点监管告知")
        && n.body().contains(listing.listedUntil().getYear() + "年"));
    assertThat(http.post("/api/cases/" + first.caseNo() + "/breaches", "approver", BREACH).statusCode())
        .as("the same breach recorded again is the same listing").isEqualTo(201);
    assertThat(keySupervision.activeAll()).filteredOn(l -> l.subjectCode().equals(code)).hasSize(1);

    CaseRecord next = driver.apply(code, AuditedCases.FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(next);
    assertThat((String) shown(next, "negativeReminderText")).contains("重点监管", first.caseNo());
    // A+ is never drawn in the test tiers: only the listing makes a case of it drawn
    InspectionDraw.Draw listed = draws.draw(next.caseNo() + "-A", code, "A+", "inspector-scjg", null);
    assertThat(listed.share()).isEqualTo(1.0);
    assertThat(listed.selected()).isTrue();
    assertThat(draws.draw(next.caseNo() + "-B", driver.subject("A+"), "A+", "inspector-scjg", null).share())
        .as("a subject not listed keeps its grade's share").isZero();

    // the statistics count the listing and the broken case, from the records
    String today = java.time.LocalDate.now(clock).toString();
    String statistics = http.get("/api/statistics?from=" + today + "&to=" + today, "credit-office").body();
    assertThat(statistics).contains("\"keySupervision\":[{\"department\":\"scjg\"").containsPattern("\"breaches\":[1-9]");

    clock.advance(Duration.ofDays(366));
    assertThat(keySupervision.active(code)).as("the listing ends by itself").isEmpty();
  }

  @Test
  void aBreachRecordedJustAfterMidnightInShanghaiIsListedFromThatDayOnEveryDatabase() {
    CaseRecord published = decided(driver.subject("AA"));
    LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
    clock.setInstant(tomorrow.atTime(0, 30).atZone(ClockConfig.ZONE).toInstant()); // 16:30 UTC the day before

    assertThat(http.post("/api/cases/" + published.caseNo() + "/breaches", "approver", BREACH).statusCode())
        .isEqualTo(201);
    KeySupervisionList.Listing listing = keySupervision.active(published.applicantCode()).orElseThrow();
    assertThat(listing.listedAt().toLocalDate()).isEqualTo(tomorrow);
    assertThat(listing.listedUntil()).isEqualTo(tomorrow.plusYears(1).minusDays(1));
  }

  @Test
  void onlyThePublishedCommitmentsOwnDepartmentMayRecordItsBreach() {
    CaseRecord published = decided(driver.subject("AA"));
    healthApprover();
    assertThat(http.post("/api/cases/" + published.caseNo() + "/breaches", "clerk", BREACH).statusCode())
        .isEqualTo(403);
    assertThat(http.post("/api/cases/" + published.caseNo() + "/breaches", "zhou-wsjk-breach", BREACH).statusCode())
        .as("an approver of another department does not see the case").isEqualTo(404);
    assertThat(http.post("/api/cases/" + published.caseNo() + "/breaches", "approver", "{\"reason\":\"\"}")
        .statusCode()).isEqualTo(400);

    CaseRecord underReview = driver.apply(driver.subject("AA"), AuditedCases.FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(underReview);
    assertThat(http.post("/api/cases/" + underReview.caseNo() + "/breaches", "approver", BREACH).statusCode())
        .as("a commitment not yet published has nothing to break").isEqualTo(409);
    assertThat(keySupervision.active(underReview.applicantCode())).isEmpty();
  }

  @Test
  void aPunishmentWithKeySupervisionListsTheSubjectForTheChosenPeriod() {
    String code = driver.subject("AA");
    CaseRecord punished = atPunishment(code);
    driver.complete(punished, "Task_DecidePunishment", "approver", Map.of("punishmentMeasures",
        List.of("KEY_SUPERVISION", "PUBLICITY"), "supervisionMonths", 6, "punishmentBasis", "《信用承诺管理办法》"));
    assertThat(driver.reload(punished).endState()).isEqualTo(EndState.PUNISHED.name());

    KeySupervisionList.Listing listing = keySupervision.active(code).orElseThrow();
    LocalDate today = LocalDate.now(clock);
    assertThat(listing.cause()).isEqualTo(KeySupervisionList.Cause.PUNISHMENT);
    assertThat(listing.commitmentRef()).isEqualTo(punished.caseNo());
    assertThat(listing.listedUntil()).as("the six months the approver chose").isEqualTo(today.plusMonths(6).minusDays(1));
    assertThat(listing.recordedBy()).isEqualTo("approver");
    assertThat(listing.dishonestyRecordId()).isEqualTo(driver.cases.ofApplicant(code).get(0).dishonestyRecordId());
    assertThat(listing.platformRecordId()).as("pushed to the credit platform").isNotNull();
    assertThat(jdbc.queryForObject("select count(*) from credit_pushed_record where idempotency_key = ?",
        Integer.class, punished.caseNo() + ":key-supervision")).isEqualTo(1);
    assertThat(IssuedPdfs.text(pdfs, documents.latest(punished.caseNo(), DocumentType.PUNISHMENT_DECISION)
        .orElseThrow()).replaceAll("\\s", "")).as("the decision states the period")
        .contains("列为重点监管对象", Documents.date(listing.listedUntil()));

    // raised draw share: A+ is never drawn in the test tiers, a listed subject always
    assertThat(draws.draw(punished.caseNo() + "-A", code, "A+", "inspector-scjg", null).share()).isEqualTo(1.0);
    // the clerk is warned on the subject's next application
    CaseRecord next = driver.apply(code, AuditedCases.FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(next);
    assertThat(driver.cases.facts(next.caseNo()).negativeReminder()).contains("列为重点监管对象", punished.caseNo(),
        listing.listedUntil().toString());

    clock.setInstant(listing.listedUntil().atTime(23, 0).atZone(ClockConfig.ZONE).toInstant());
    assertThat(keySupervision.active(code)).as("listed through its last day").isPresent();
    clock.setInstant(listing.listedUntil().plusDays(1).atTime(0, 30).atZone(ClockConfig.ZONE).toInstant());
    assertThat(keySupervision.active(code)).as("the listing ends by itself").isEmpty();
  }

  @Test
  void aPunishmentWithoutAChosenPeriodListsForTheConfiguredDefaultAndAPeriodBeyondTheConfiguredMostIsRefused() {
    String code = driver.subject("AA");
    CaseRecord c = atPunishment(code);
    String complete = "/engine-rest/task/" + driver.task(c, "Task_DecidePunishment").getId() + "/complete";
    String others = "\"punishmentMeasures\":{\"type\":\"Json\",\"value\":\"[\\\"KEY_SUPERVISION\\\"]\"},"
        + "\"punishmentBasis\":{\"value\":\"违反承诺\"}";

    HttpResponse<String> tooLong = http.post(complete, "approver",
        "{\"variables\":{" + others + ",\"supervisionMonths\":{\"value\":48}}}");
    EngineSurfaceTest.assertProblem(tooLong, 400, "task-refused");
    assertThat(tooLong.body()).contains("supervisionMonths", "36");
    assertThat(driver.task(c, "Task_DecidePunishment")).as("still open").isNotNull();
    assertThat(driver.cases.facts(c.caseNo()).supervisionMonths()).as("nothing written").isNull();
    assertThat(keySupervision.find(c.caseNo(), KeySupervisionList.Cause.PUNISHMENT)).isEmpty();

    HttpResponse<String> noPeriod = http.post(complete, "approver", "{\"variables\":{" + others + "}}");
    assertThat(noPeriod.statusCode()).as(noPeriod.body()).isEqualTo(204);
    driver.runJobs(c);
    assertThat(keySupervision.active(code).orElseThrow().listedUntil()).as("the configured default, 12 months")
        .isEqualTo(LocalDate.now(clock).plusMonths(12).minusDays(1));
  }

  @Test
  void aSubjectListedTwiceForTheSameCauseHasOneListingAndEachCauseItsOwn() {
    String code = driver.subject("AA");
    CaseRecord c = atPunishment(code);
    driver.complete(c, "Task_DecidePunishment", "approver", Map.of("punishmentMeasures", List.of("KEY_SUPERVISION"),
        "supervisionMonths", 3, "punishmentBasis", "《信用承诺管理办法》"));
    KeySupervisionList.Listing first = keySupervision.find(c.caseNo(), KeySupervisionList.Cause.PUNISHMENT)
        .orElseThrow();

    KeySupervisionList.Listing again = keySupervision.list(new KeySupervisionList.Punishment(
        new KeySupervisionList.Breach(code, c.applicantName(), c.caseNo(), c.department(), "市场监督管理局", "再次",
            "再次"), first.dishonestyRecordId(), 24), "approver");
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.listedUntil()).isEqualTo(first.listedUntil());
    assertThat(keySupervision.activeAll()).filteredOn(l -> l.subjectCode().equals(code)).hasSize(1);

    assertThat(http.post("/api/cases/" + c.caseNo() + "/breaches", "approver", BREACH).statusCode())
        .as("the same case's breach recorded by its department is another cause").isEqualTo(201);
    assertThat(keySupervision.activeAll()).filteredOn(l -> l.subjectCode().equals(code))
        .extracting(KeySupervisionList.Listing::cause)
        .containsExactlyInAnyOrder(KeySupervisionList.Cause.PUNISHMENT, KeySupervisionList.Cause.BREACH);
  }

  @Test
  void aPunishmentWithoutKeySupervisionListsNobody() {
    String code = driver.subject("AA");
    CaseRecord c = atPunishment(code);
    driver.complete(c, "Task_DecidePunishment", "approver", Map.of("punishmentMeasures", List.of("PUBLICITY"),
        "punishmentBasis", "《信用承诺管理办法》"));
    assertThat(driver.reload(c).endState()).isEqualTo(EndState.PUNISHED.name());
    assertThat(keySupervision.active(code)).isEmpty();
  }

  private CaseRecord atPunishment(String code) {
    CaseRecord c = decided(code);
    driver.inspect(c, "Task_InspectFulfilment", false);
    driver.operations.submitRectification(c.caseNo(), new CaseRequests.Rectification(null, true));
    driver.runJobs(c);
    driver.heardWithoutStatement(c);
    return c;
  }

  /** An approver of the health commission only; the case is market supervision's. */
  private void healthApprover() {
    var identity = processEngine.getIdentityService();
    if (identity.createUserQuery().userId("zhou-wsjk-breach").count() > 0) {
      return;
    }
    var user = identity.newUser("zhou-wsjk-breach");
    user.setFirstName("周审批");
    user.setPassword("demo");
    user.setEmail("zhou-wsjk-breach@example.test");
    identity.saveUser(user);
    identity.createMembership("zhou-wsjk-breach", "approver");
    identity.createMembership("zhou-wsjk-breach", "approver-wsjk");
  }

  private CaseRecord decided(String code) {
    CaseRecord c = driver.apply(code, AuditedCases.FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    walkToDecision(c);
    return driver.reload(c);
  }

  private void walkToDecision(CaseRecord c) {
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    driver.approve(c);
  }

  private Object shown(CaseRecord c, String key) {
    return processEngine.getFormService().getTaskFormVariables(driver.task(c).getId()).get(key);
  }
}
