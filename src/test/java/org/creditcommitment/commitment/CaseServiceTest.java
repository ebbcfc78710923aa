package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.deadline.DeadlineService;
import org.creditcommitment.deadline.DeadlineStatus;
import org.creditcommitment.deadline.DeadlineView;
import org.creditcommitment.documents.DocumentType;
import org.creditcommitment.documents.Documents;
import org.creditcommitment.documents.IssuedDocument;
import org.creditcommitment.notification.NotificationType;
import org.creditcommitment.notification.NotificationView;
import org.creditcommitment.notification.Notifications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * 送达 (行政许可法 第四十四条: a decision served within ten working days of it): each decision document gets a service
 * record and the case a service deadline reminding the clerks; a clerk records how and when it was served; an applicant
 * who consented to electronic service at application is served by the step that issues it.
 */
class CaseServiceTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired LifecycleDriver driver;
  @Autowired DeadlineService deadlines;
  @Autowired WorkingDayCalendar calendar;
  @Autowired Documents documents;
  @Autowired JdbcTemplate jdbc;
  @Autowired Notifications notifications;

  @Test
  void aDecisionDocumentHasAServiceDeadlineOfTenWorkingDaysMetWhenAClerkRecordsItsService() throws Exception {
    CaseRecord c = decided(driver.apply(driver.subject("AA"), AuditedCases.FOOD, CommitmentType.NOTIFY_COMMIT));
    IssuedDocument licence = documents.latest(c.caseNo(), DocumentType.LICENCE_DECISION).orElseThrow();
    LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
    LocalDate due = calendar.dueAfterWorkingDays(clock.instant(), CaseServices.PERIOD_WORKING_DAYS).dueDate();

    DeadlineView deadline = service(c).stream().filter(d -> d.status() != DeadlineStatus.CANCELLED).findFirst()
        .orElseThrow();
    assertThat(deadline.dueDate()).isEqualTo(due);
    JsonNode file = JSON.readTree(http.get("/api/cases/" + c.caseNo(), "clerk").body());
    assertThat(file.get("electronicServiceConsent").asBoolean()).as("absent means no").isFalse();
    assertThat(file.get("service").get(0).get("documentType").asText()).isEqualTo("准予行政许可决定书");
    assertThat(file.get("service").get(0).get("servedOn").isNull()).isTrue();

    String path = "/api/cases/" + c.caseNo() + "/documents/" + licence.id() + "/service";
    HttpResponse<String> served = http.post(path, "clerk",
        "{\"method\":\"IN_PERSON\",\"servedOn\":\"" + today + "\",\"note\":\"申请人在窗口签收\"}");
    assertThat(served.statusCode()).as(served.body()).isEqualTo(200);
    assertThat(service(c)).allMatch(d -> d.status() == DeadlineStatus.CANCELLED);
    file = JSON.readTree(http.get("/api/cases/" + c.caseNo(), "clerk").body());
    assertThat(file.get("service").get(0).get("methodLabel").asText()).isEqualTo("直接送达");
    assertThat(file.get("service").get(0).get("confirmedBy").asText()).isEqualTo("clerk");
    assertThat(jdbc.queryForList("select type from audit_event where ref = ?", String.class, c.caseNo()))
        .contains(CaseServices.SERVED_EVENT);
    assertThat(http.get("/api/cases/" + c.caseNo() + "/history", "auditor").body()).as("the auditor's timeline")
        .contains("文书送达", "直接送达", "设定期限：送达期限");
    HttpResponse<String> again = http.post(path, "clerk", "{\"method\":\"POST\",\"servedOn\":\"" + today + "\"}");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("already-served", "messageZh", "messageEn");
  }

  /**
   * No step of the lifecycle waits for the service deadline, so its passing is escalated from its declaration: the
   * clerks and the credit office get the 超期督办 mail, once, and the timeline says the period passed and who was told.
   */
  @Test
  void aServiceDeadlinePassedUnservedIsEscalatedToTheClerksAndTheCreditOfficeAndTheTimelineSaysSo() {
    CaseRecord c = decided(driver.apply(driver.subject("AA"), AuditedCases.FOOD, CommitmentType.NOTIFY_COMMIT));

    driver.fireDeadline(c, CaseDeadlineKinds.SERVICE);

    DeadlineView fired = service(c).stream().filter(d -> d.status() == DeadlineStatus.FIRED).findFirst().orElseThrow();
    List<NotificationView> escalations = notifications.forCase(c.caseNo()).stream()
        .filter(n -> n.type() == NotificationType.ESCALATION).toList();
    assertThat(escalations).as("the clerks and the credit office").isNotEmpty()
        .allSatisfy(n -> assertThat(n.body()).contains("送达行政决定文书", c.caseNo()));
    assertThat(escalations).extracting(NotificationView::recipient).as("one mail per member of the two groups")
        .doesNotHaveDuplicates();
    assertThat(jdbc.queryForList("select details from audit_event where ref = ? and type = 'deadline.fired'",
        String.class, c.caseNo())).singleElement().asString().contains("\"escalatedTo\":\"clerk\"");
    String timeline = http.get("/api/cases/" + c.caseNo() + "/history", "auditor").body();
    assertThat(timeline).as("the auditor's timeline").contains("期限届满：送达期限", "送达期限届满，已通知窗口受理和信用办超期督办")
        .doesNotContain("该环节已结束，无需处理");
    assertThat(fired.dueDate()).isNotNull();
  }

  @Test
  void anApplicantWhoConsentedAtApplicationIsServedElectronicallyWhenTheDecisionIsIssued() throws Exception {
    String code = driver.subject("AA");
    HttpResponse<String> applied = http.post("/api/cases", "portal", JSON.writeValueAsString(Map.of(
        "applicantCode", code, "applicantName", driver.registry.profile(code).name(),
        "applicantEmail", driver.registry.profile(code).email(), "itemCode", AuditedCases.FOOD,
        "commitmentType", "NOTIFY_COMMIT", "electronicServiceConsent", true)));
    assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
    CaseRecord c = decided(driver.cases.require(JSON.readTree(applied.body()).get("caseNo").asText()));

    JsonNode file = JSON.readTree(http.get("/api/cases/" + c.caseNo(), "clerk").body());
    assertThat(file.get("electronicServiceConsent").asBoolean()).isTrue();
    assertThat(file.get("service").get(0).get("method").asText()).isEqualTo("ELECTRONIC");
    assertThat(file.get("service").get(0).get("confirmedBy").asText()).isEqualTo("system");
    assertThat(service(c)).allMatch(d -> d.status() == DeadlineStatus.CANCELLED);
  }

  @Test
  void aServiceRecordThatCannotBeTrueIsRefusedAndChangesNothing() {
    CaseRecord c = decided(driver.apply(driver.subject("AA"), AuditedCases.FOOD, CommitmentType.NOTIFY_COMMIT));
    IssuedDocument licence = documents.latest(c.caseNo(), DocumentType.LICENCE_DECISION).orElseThrow();
    IssuedDocument acceptance = documents.latest(c.caseNo(), DocumentType.ACCEPTANCE_NOTICE).orElseThrow();
    LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
    String path = "/api/cases/" + c.caseNo() + "/documents/" + licence.id() + "/service";
    List<String[]> refused = List.of(
        new String[] {path, "{\"method\":\"POST\",\"servedOn\":\"" + today.plusDays(1) + "\"}"},
        new String[] {path, "{\"method\":\"POST\",\"servedOn\":\"" + today.minusYears(1) + "\"}"},
        new String[] {path, "{\"method\":\"ELECTRONIC\",\"servedOn\":\"" + today + "\"}"},
        new String[] {path, "{\"method\":\"PIGEON\",\"servedOn\":\"" + today + "\"}"},
        new String[] {path, "{\"servedOn\":\"" + today + "\"}"},
        new String[] {"/api/cases/" + c.caseNo() + "/documents/" + acceptance.id() + "/service",
            "{\"method\":\"POST\",\"servedOn\":\"" + today + "\"}"});
    for (String[] request : refused) {
      HttpResponse<String> response = http.post(request[0], "clerk", request[1]);
      assertThat(response.statusCode()).as(request[1]).isIn(400, 404);
      assertThat(response.body()).contains("messageZh", "messageEn");
    }
    assertThat(jdbc.queryForObject("select count(*) from case_document_service where case_no = ? and served_on is"
        + " not null", Integer.class, c.caseNo())).isZero();
    assertThat(service(c)).anyMatch(d -> d.status() == DeadlineStatus.SCHEDULED);
  }

  private CaseRecord decided(CaseRecord c) {
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    driver.approve(c);
    return driver.reload(c);
  }

  private List<DeadlineView> service(CaseRecord c) {
    return deadlines.list(c.caseNo()).stream().filter(d -> d.kind().equals(CaseDeadlineKinds.SERVICE)).toList();
  }
}
