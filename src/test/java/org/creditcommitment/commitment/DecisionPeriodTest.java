package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.task.Task;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.catalogue.DepartmentGroups;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.deadline.DeadlineService;
import org.creditcommitment.deadline.DeadlineView;
import org.creditcommitment.documents.DocumentType;
import org.creditcommitment.documents.Documents;
import org.creditcommitment.documents.IssuedDocument;
import org.creditcommitment.notification.NotificationType;
import org.creditcommitment.notification.NotificationView;
import org.creditcommitment.notification.Notifications;
import org.creditcommitment.security.CurrentUser;
import org.creditcommitment.system.ApiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * 行政许可法 第四十二条 (an extension of the decision period, approved by the department head, once, the applicant told
 * the reason and the new date) and 第四十五条 (a hearing, test or expert review stops the period's clock; the working
 * days it stood are not counted; the applicant is told in writing at both ends), through /api and Tasklist's REST, and
 * the walk of decision-period-extension.bpmn's two paths.
 */
class DecisionPeriodTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired LifecycleDriver driver;
  @Autowired DeadlineService deadlines;
  @Autowired WorkingDayCalendar calendar;
  @Autowired Documents documents;
  @Autowired DecisionPeriods periods;
  @Autowired JdbcTemplate jdbc;
  @Autowired Notifications notifications;
  @Autowired PlatformTransactionManager transactions;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void anExtensionApprovedByTheDepartmentHeadMovesTheDeadlineAndTheTaskDueDateAndTellsTheApplicantOnceOnly()
      throws Exception {
    CaseRecord c = deciding();
    DeadlineView before = decisionDeadline(c);

    HttpResponse<String> requested = http.post(extension(c), "approver",
        "{\"workingDays\":5,\"reason\":\"经营场所安全条件需进一步核实\"}");
    assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
    assertThat(json(requested).get("status").asText()).isEqualTo("PENDING");

    Task approval = approvalTask(c);
    assertThat(processEngine.getTaskService().getIdentityLinksForTask(approval.getId()))
        .anyMatch(l -> "leader-scjg".equals(l.getGroupId()));
    assertThat(approval.getDueDate().toInstant()).as("approved within the period to be one").isEqualTo(before.due());
    HttpResponse<String> again = http.post(extension(c), "approver", "{\"reason\":\"再次申请\"}");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    assertThat(again.body()).contains("extension-once", "messageZh", "messageEn");

    assertThat(complete(approval, "approver", "APPROVE").statusCode()).as("only a department head approves")
        .isEqualTo(403);
    assertThat(complete(approval, "leader", "MAYBE").statusCode()).as("the engine guard checks the form")
        .isEqualTo(400);
    HttpResponse<String> approved = complete(approval, "leader", "APPROVE");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);

    DeadlineView after = decisionDeadline(c);
    assertThat(after.id()).as("the same row moved").isEqualTo(before.id());
    assertThat(after.due()).isEqualTo(calendar.postpone(before.due(), 5).instant());
    assertThat(driver.task(c, "Task_MakeDecision").getDueDate().toInstant()).isEqualTo(after.due());
    IssuedDocument notice = documents.latest(c.caseNo(), DocumentType.EXTENSION_NOTICE).orElseThrow();
    assertThat(notice.caseNo()).isEqualTo(c.caseNo());
    JsonNode file = json(http.get("/api/cases/" + c.caseNo(), "leader"));
    JsonNode granted = file.get("decisionPeriod").get("extensions").get(0);
    assertThat(granted.get("status").asText()).isEqualTo("APPROVED");
    assertThat(granted.get("newDueDate").asText()).isEqualTo(after.dueDate().toString());
    assertThat(granted.get("decidedBy").asText()).isEqualTo("leader");
    assertThat(jdbc.queryForList("select type from audit_event where ref = ?", String.class, c.caseNo()))
        .contains("decision-period.extension-requested", "decision-period.extension-decided", "deadline.moved");
    assertThat(http.get("/api/cases/" + c.caseNo() + "/history", "auditor").body()).as("the auditor's timeline")
        .contains("申请延长决定期限", "延长决定期限审批", "期限延长：决定期限");

    HttpResponse<String> third = http.post(extension(c), "approver", "{\"reason\":\"第三次\"}");
    assertThat(third.statusCode()).as("extended once by law").isEqualTo(409);
    assertThat(jdbc.queryForObject("select count(*) from decision_period_extension where case_no = ?", Integer.class,
        c.caseNo())).isEqualTo(1);
  }

  @Test
  void aRefusedExtensionLeavesTheDeadlineAsItWasAndMayBeAskedAgain() throws Exception {
    CaseRecord c = deciding();
    DeadlineView before = decisionDeadline(c);
    assertThat(http.post(extension(c), "approver", "{\"reason\":\"需要补充核实\"}").statusCode()).isEqualTo(201);
    assertThat(complete(approvalTask(c), "leader", "REFUSE").statusCode()).isEqualTo(204);

    assertThat(decisionDeadline(c).due()).isEqualTo(before.due());
    assertThat(documents.latest(c.caseNo(), DocumentType.EXTENSION_NOTICE)).isEmpty();
    assertThat(mails(c, NotificationType.EXTENSION_NOTICE)).isEmpty();
    assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
        .activityId("Event_ExtensionRefused").count()).isPositive();
    assertThat(http.post(extension(c), "approver", "{\"reason\":\"补充理由后再次申请\"}").statusCode()).isEqualTo(201);
  }

  @Test
  void anApprovalAfterTheCaseWasDecidedLapsesAndMovesNothing() {
    CaseRecord c = deciding();
    assertThat(http.post(extension(c), "approver", "{\"reason\":\"需要补充核实\"}").statusCode()).isEqualTo(201);
    driver.approve(c);
    assertThat(complete(approvalTask(c), "leader", "APPROVE").statusCode()).isEqualTo(204);
    assertThat(jdbc.queryForObject("select status from decision_period_extension where case_no = ?", String.class,
        c.caseNo())).isEqualTo("LAPSED");
    assertThat(documents.latest(c.caseNo(), DocumentType.EXTENSION_NOTICE)).isEmpty();
  }

  @Test
  void aSuspensionStopsTheClockAndItsResumptionMovesTheLastDayByTheWorkingDaysItStood() throws Exception {
    CaseRecord c = deciding();
    DeadlineView before = decisionDeadline(c);
    LocalDate suspendedOn = LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));

    HttpResponse<String> suspended = http.post(suspension(c), "approver",
        "{\"kind\":\"EXPERT_REVIEW\",\"reason\":\"经营场所布局涉及食品安全风险，需组织专家评审\"}");
    assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(201);
    assertThat(decisionDeadline(c).suspendedAt()).isNotNull();
    assertThat(driver.task(c, "Task_MakeDecision").getDueDate()).as("no due date while the clock stands").isNull();
    assertThat(documents.latest(c.caseNo(), DocumentType.SUSPENSION_NOTICE)).isPresent();
    assertThat(http.post(suspension(c), "approver", "{\"kind\":\"HEARING\",\"reason\":\"听证\"}").statusCode())
        .isEqualTo(409);

    clock.advance(Duration.ofDays(7));
    LocalDate resumedOn = LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
    HttpResponse<String> resumed = http.post(resumption(c), "approver", "{\"note\":\"专家评审意见已出具\"}");
    assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(200);

    int stood = calendar.workingDaysAfter(suspendedOn, resumedOn);
    assertThat(stood).isPositive();
    DeadlineView after = decisionDeadline(c);
    assertThat(after.suspendedAt()).isNull();
    assertThat(after.due()).isEqualTo(calendar.postpone(before.due(), stood).instant());
    assertThat(json(resumed).get("workingDaysNotCounted").asInt()).isEqualTo(stood);
    assertThat(driver.task(c, "Task_MakeDecision").getDueDate().toInstant()).isEqualTo(after.due());
    assertThat(documents.latest(c.caseNo(), DocumentType.RESUMPTION_NOTICE)).isPresent();
    assertThat(http.post(resumption(c), "approver", "{}").statusCode()).isEqualTo(409);
    assertThat(jdbc.queryForList("select type from audit_event where ref = ?", String.class, c.caseNo()))
        .contains("decision-period.suspended", "deadline.suspended", "decision-period.resumed", "deadline.moved");
    HttpResponse<String> timeline = http.get("/api/cases/" + c.caseNo() + "/history", "auditor");
    assertThat(timeline.body()).as("the auditor's timeline").contains("期限中止计算：决定期限", "期限恢复计算：决定期限",
        "中止决定期限", "恢复决定期限", "专家评审");
  }

  /**
   * The suspension and resumption notices take their number as their step commits, not while the step runs, so the
   * department's document-number counter is held from then to the commit only (as the prior notice's); the audit
   * events of all three notices still name the number the document carries.
   */
  @Test
  void suspensionAndResumptionNoticesAreNumberedAtCommitAndTheirAuditEventsNameTheNumber() throws Exception {
    CaseRecord c = deciding();
    CurrentUser approver = new CurrentUser("approver", List.of("approver", DepartmentGroups.approvers(c.department())));
    TransactionTemplate step = new TransactionTemplate(transactions);

    step.executeWithoutResult(s -> {
      periods.suspend(c.caseNo(), new DecisionPeriodRequests.Suspension(SuspensionKind.TESTING, "送检样品需第三方检测"),
          approver);
      assertThat(storedNumber(c, DocumentType.SUSPENSION_NOTICE)).as("no number taken inside the step").isNull();
    });
    assertThat(auditedNumber(c, "decision-period.suspended")).isNotNull()
        .isEqualTo(storedNumber(c, DocumentType.SUSPENSION_NOTICE))
        .isEqualTo(documents.latest(c.caseNo(), DocumentType.SUSPENSION_NOTICE).orElseThrow().number());

    clock.advance(Duration.ofDays(3));
    step.executeWithoutResult(s -> {
      periods.resume(c.caseNo(), new DecisionPeriodRequests.Resumption("检测报告已出具"), approver);
      assertThat(storedNumber(c, DocumentType.RESUMPTION_NOTICE)).as("no number taken inside the step").isNull();
    });
    assertThat(auditedNumber(c, "decision-period.resumed")).isNotNull()
        .isEqualTo(storedNumber(c, DocumentType.RESUMPTION_NOTICE));

    assertThat(http.post(extension(c), "approver", "{\"reason\":\"需要补充核实\"}").statusCode()).isEqualTo(201);
    assertThat(complete(approvalTask(c), "leader", "APPROVE").statusCode()).isEqualTo(204);
    assertThat(auditedNumber(c, "decision-period.extension-decided")).isNotNull()
        .isEqualTo(storedNumber(c, DocumentType.EXTENSION_NOTICE));
  }

  private String storedNumber(CaseRecord c, DocumentType type) {
    return jdbc.queryForList("select doc_number from issued_document where case_no = ? and doc_type = ? order by id desc",
        String.class, c.caseNo(), type.name()).get(0);
  }

  private String auditedNumber(CaseRecord c, String type) throws java.io.IOException {
    String details = jdbc.queryForObject("select details from audit_event where ref = ? and type = ?", String.class,
        c.caseNo(), type);
    JsonNode number = JSON.readTree(details).get("documentNumber");
    return number == null ? null : number.asText();
  }

  /**
   * 行政许可法 第四十二条 (延长期限的理由告知申请人) and 第四十五条 (所需时间书面告知申请人): each notice reaches the applicant by
   * mail, queued with the step that issued it, linking the notice's verification page.
   */
  @Test
  void theApplicantIsMailedTheExtensionSuspensionAndResumptionNoticesWithTheirLinks() {
    CaseRecord c = deciding();
    assertThat(http.post(extension(c), "approver", "{\"workingDays\":5,\"reason\":\"经营场所安全条件需进一步核实\"}")
        .statusCode()).isEqualTo(201);
    assertThat(mails(c, NotificationType.EXTENSION_NOTICE)).as("not before the department head approved").isEmpty();
    assertThat(complete(approvalTask(c), "leader", "APPROVE").statusCode()).isEqualTo(204);
    assertThat(http.post(suspension(c), "approver", "{\"kind\":\"TESTING\",\"reason\":\"送检样品需第三方检测\"}")
        .statusCode()).isEqualTo(201);
    clock.advance(Duration.ofDays(7));
    assertThat(http.post(resumption(c), "approver", "{\"note\":\"检测报告已出具\"}").statusCode()).isEqualTo(200);

    DeadlineView now = decisionDeadline(c);
    NotificationView extended = single(c, NotificationType.EXTENSION_NOTICE);
    assertThat(extended.recipient()).isEqualTo(c.applicantEmail());
    assertThat(extended.subject()).contains("延期通知", c.caseNo());
    assertThat(extended.body()).contains("经营场所安全条件需进一步核实", "第四十二条",
        link(c, DocumentType.EXTENSION_NOTICE));
    NotificationView suspended = single(c, NotificationType.SUSPENSION_NOTICE);
    assertThat(suspended.body()).contains("检测", "送检样品需第三方检测", "第四十五条",
        link(c, DocumentType.SUSPENSION_NOTICE));
    NotificationView resumed = single(c, NotificationType.RESUMPTION_NOTICE);
    LocalDate last = now.dueDate();
    assertThat(resumed.body()).contains(last.getYear() + "年" + last.getMonthValue() + "月" + last.getDayOfMonth() + "日",
        link(c, DocumentType.RESUMPTION_NOTICE));
  }

  /** A decision made while the period's clock stands ends the suspension: the case keeps no open suspension. */
  @Test
  void aSuspensionStillOpenWhenTheApproverDecidesIsRecordedAsEndedByTheDecision() throws Exception {
    CaseRecord c = deciding();
    assertThat(http.post(suspension(c), "approver", "{\"kind\":\"APPRAISAL\",\"reason\":\"委托鉴定经营场所结构安全\"}")
        .statusCode()).isEqualTo(201);
    clock.advance(Duration.ofDays(3));

    driver.approve(c);

    assertThat(jdbc.queryForObject("select count(*) from decision_period_suspension where case_no = ? and resumed_at"
        + " is null", Integer.class, c.caseNo())).isZero();
    JsonNode ended = json(http.get("/api/cases/" + c.caseNo(), "auditor")).get("decisionPeriod").get("suspensions")
        .get(0);
    assertThat(ended.get("note").asText()).isEqualTo(DecisionPeriods.ENDED_BY_DECISION);
    assertThat(ended.get("resumedBy").asText()).isEqualTo("approver");
    assertThat(ended.has("newDueDate")).as("the period ended; no new last day").isFalse();
    assertThat(documents.latest(c.caseNo(), DocumentType.RESUMPTION_NOTICE)).as("the decision tells the applicant")
        .isEmpty();
    assertThat(deadlines.active(c.processInstanceId(), "decision")).isEmpty();
    assertThat(jdbc.queryForList("select type from audit_event where ref = ?", String.class, c.caseNo()))
        .contains("decision-period.suspension-ended");
    assertThat(http.get("/api/cases/" + c.caseNo() + "/history", "auditor").body()).as("the auditor's timeline")
        .contains("中止计算随之终止");
  }

  @Test
  void badRequestsAreRefusedInChineseAndEnglishAndChangeNothing() {
    CaseRecord c = deciding();
    DeadlineView before = decisionDeadline(c);
    List<String[]> refused = List.of(
        new String[] {extension(c), "{\"workingDays\":5}"},
        new String[] {extension(c), "{\"workingDays\":11,\"reason\":\"太长\"}"},
        new String[] {extension(c), "{\"workingDays\":0,\"reason\":\"太短\"}"},
        new String[] {suspension(c), "{\"kind\":\"PICNIC\",\"reason\":\"不是法定情形\"}"},
        new String[] {suspension(c), "{\"kind\":\"HEARING\",\"reason\":\" \"}"},
        new String[] {resumption(c), "{}"});
    for (String[] request : refused) {
      HttpResponse<String> response = http.post(request[0], "approver", request[1]);
      assertThat(response.statusCode()).as(request[0] + " " + request[1]).isBetween(400, 409);
      assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
      assertThat(response.body()).contains("messageZh", "messageEn");
    }
    assertThat(decisionDeadline(c)).isEqualTo(before);
    assertThat(jdbc.queryForObject("select count(*) from decision_period_extension where case_no = ?", Integer.class,
        c.caseNo())).isZero();
    assertThat(jdbc.queryForObject("select count(*) from decision_period_suspension where case_no = ?", Integer.class,
        c.caseNo())).isZero();
    assertThat(notifications.forCase(c.caseNo())).as("no notice mailed").noneMatch(n -> List.of(
        NotificationType.EXTENSION_NOTICE, NotificationType.SUSPENSION_NOTICE, NotificationType.RESUMPTION_NOTICE)
        .contains(n.type()));

    ApiException otherDepartment = catchApi(() -> periods.suspend(c.caseNo(), new DecisionPeriodRequests.Suspension(
        SuspensionKind.HEARING, "听证"), new CurrentUser("someone", List.of("approver", "approver-yjj"))));
    assertThat(otherDepartment.status().value()).isEqualTo(403);
    assertThat(decisionDeadline(c)).isEqualTo(before);

    CaseRecord signing = driver.apply(driver.subject("AA"), AuditedCases.FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(signing);
    assertThat(http.post(extension(signing), "approver", "{\"reason\":\"尚未受理\"}").body()).contains("not-deciding");
  }

  private List<NotificationView> mails(CaseRecord c, NotificationType type) {
    return notifications.forCase(c.caseNo()).stream().filter(n -> n.type() == type).toList();
  }

  private NotificationView single(CaseRecord c, NotificationType type) {
    List<NotificationView> mails = mails(c, type);
    assertThat(mails).as(type.label()).hasSize(1);
    return mails.get(0);
  }

  private String link(CaseRecord c, DocumentType type) {
    return documents.verifyUrl(documents.latest(c.caseNo(), type).orElseThrow());
  }

  private static ApiException catchApi(Runnable call) {
    try {
      call.run();
    } catch (ApiException e) {
      return e;
    }
    throw new AssertionError("not refused");
  }

  private CaseRecord deciding() {
    CaseRecord c = driver.apply(driver.subject("AA"), AuditedCases.FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    assertThat(driver.task(c, "Task_MakeDecision")).isNotNull();
    return c;
  }

  private DeadlineView decisionDeadline(CaseRecord c) {
    return deadlines.list(c.caseNo()).stream().filter(d -> d.kind().equals("decision")).reduce((a, b) -> b)
        .orElseThrow();
  }

  private Task approvalTask(CaseRecord c) {
    return processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(c.caseNo())
        .taskDefinitionKey("Task_ApproveExtension").singleResult();
  }

  private HttpResponse<String> complete(Task task, String user, String decision) {
    return http.post("/engine-rest/task/" + task.getId() + "/complete", user, "{\"variables\":{"
        + "\"extensionDecision\":{\"value\":\"" + decision + "\"},\"extensionOpinion\":{\"value\":\"同意延长\"}}}");
  }

  private static String extension(CaseRecord c) {
    return "/api/cases/" + c.caseNo() + "/decision-period/extension";
  }

  private static String suspension(CaseRecord c) {
    return "/api/cases/" + c.caseNo() + "/decision-period/suspension";
  }

  private static String resumption(CaseRecord c) {
    return "/api/cases/" + c.caseNo() + "/decision-period/resumption";
  }

  private static JsonNode json(HttpResponse<String> response) throws java.io.IOException {
    return JSON.readTree(response.body());
  }
}
