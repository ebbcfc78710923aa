package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.creditcommitment.FlakyCreditPlatform;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.deadline.DeadlineStatus;
import org.creditcommitment.deadline.DeadlineView;
import org.creditcommitment.documents.DocumentType;
import org.creditcommitment.documents.Documents;
import org.creditcommitment.documents.IssuedPdfs;
import org.creditcommitment.notification.Notifications;
import org.creditcommitment.system.ApiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of commitment-lifecycle.bpmn to every end state, on the real engine, delegates and DMN. */
class CommitmentLifecycleProcessTest extends IntegrationTest {

  static final String FOOD = "SCJG-SP-001";
  static final String PHARMACY = "SCJG-YP-002";

  @Autowired LifecycleDriver driver;
  @Autowired Notifications notifications;
  @Autowired FlakyCreditPlatform platform;
  @Autowired JdbcTemplate jdbc;
  @Autowired CaseDocuments caseDocuments;
  @Autowired Documents documentService;
  @Autowired org.creditcommitment.calendar.WorkingDayCalendar calendar;

  @Autowired CaseProcedure procedure;
  @Autowired CasePeriods casePeriods;
  @Autowired org.camunda.bpm.engine.FormService forms;

  @AfterEach
  void healPlatform() {
    platform.heal();
    clock.reset();
  }

  private static final String CORRECTION_ITEMS = "1. 营业执照复印件：复印件不清晰，请提供加盖公章的清晰复印件\n"
      + "2. 经营场所平面图：未标明食品贮存区域";

  /** A signed application waiting for the acceptance review. */
  private CaseRecord atAcceptance(String grade) {
    CaseRecord c = driver.apply(driver.subject(grade), FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    assertThat(instance(c)).isWaitingAt("Task_AcceptApplication");
    return c;
  }

  private void requestCorrection(CaseRecord c, String items) {
    driver.complete(c, "Task_AcceptApplication", "clerk", Map.of("acceptanceDecision", "CORRECTION",
        "correctionItems", items));
  }

  private List<DocumentType> documentTypes(CaseRecord c) {
    return documentService.forCase(c.caseNo()).stream().map(d -> d.type()).toList();
  }

  private java.time.Instant dueOf(CaseRecord c, String kind) {
    return driver.deadlines.list(c.caseNo()).stream().filter(d -> d.kind().equals(kind)).reduce((a, b) -> b)
        .orElseThrow().due();
  }

  @Test
  void aClerkAsksOnceForCorrectionOfEveryMaterialAndReviewsTheCorrectedApplicationAgain() {
    CaseRecord c = atAcceptance("AA");
    assertThat(driver.deadlines.list(c.caseNo())).anyMatch(d -> d.kind().equals("correctionRequest")
        && d.status().name().equals("SCHEDULED"));
    requestCorrection(c, CORRECTION_ITEMS);

    assertThat(instance(c)).isWaitingAt("Task_AwaitCorrection");
    CaseProcedure.Correction correction = procedure.correction(c.caseNo()).orElseThrow();
    assertThat(correction.items()).extracting(CaseProcedure.CorrectionItem::material)
        .containsExactly("营业执照复印件", "经营场所平面图");
    assertThat(correction.items().get(1).problem()).isEqualTo("未标明食品贮存区域");
    assertThat(correction.requestedBy()).isEqualTo("clerk");
    assertThat(driver.reload(c).endState()).isNull();
    assertThat(driver.cases.acceptance(c.caseNo()).acceptedAt()).as("not accepted yet").isNull();
    assertThat(documentTypes(c)).contains(DocumentType.CORRECTION_NOTICE).doesNotContain(DocumentType.ACCEPTANCE_NOTICE);
    assertThat(notifications.forCase(c.caseNo())).as("the notice reaches the applicant by mail")
        .filteredOn(n -> n.type().name().equals("CORRECTION_NOTICE")).singleElement()
        .satisfies(n -> assertThat(n.body()).contains("营业执照复印件", "未标明食品贮存区域", "第三十二条", "/public/documents/"));
    assertThat(driver.deadlines.list(c.caseNo())).anyMatch(d -> d.kind().equals("correction")
        && d.status().name().equals("SCHEDULED"))
        .noneMatch(d -> d.kind().equals("correctionRequest") && d.status().name().equals("SCHEDULED"));
    assertThat(driver.deadlines.dueDate(c.processInstanceId(), "correction")).contains(correction.dueDate());

    driver.operations.submitCorrection(c.caseNo(), new CaseRequests.Correction(
        List.of("营业执照复印件", "经营场所平面图"), "已重新提供清晰复印件并补充标注贮存区域"), "portal");
    driver.runJobs(c);
    assertThat(instance(c)).isWaitingAt("Task_AcceptApplication");
    assertThat(procedure.correction(c.caseNo()).orElseThrow().statement()).contains("清晰复印件");
    assertThat(String.valueOf(forms.getTaskFormVariables(driver.task(c, "Task_AcceptApplication").getId())
        .get("correctionText"))).contains("营业执照复印件：复印件不清晰", "不能再次要求补正", "已重新提供清晰复印件");
    assertThat(driver.deadlines.list(c.caseNo())).as("no second five-day period")
        .noneMatch(d -> d.kind().equals("correctionRequest") && d.status().name().equals("SCHEDULED"));

    assertThatThrownBy(() -> requestCorrection(c, "食品安全管理制度：缺少进货查验制度"))
        .hasMessageContaining("一次性告知");
    assertThat(procedure.correction(c.caseNo()).orElseThrow().items()).hasSize(2);

    driver.accept(c);
    assertThat(instance(c)).isWaitingAt("Task_MakeDecision");
    assertThat(driver.cases.acceptance(c.caseNo()).acceptedAt()).isNotNull();
    assertThat(driver.cases.acceptance(c.caseNo()).deemed()).isFalse();
    assertThat(notifications.forCase(c.caseNo())).as("the 受理通知书 reaches the applicant by mail, like the other notices")
        .filteredOn(n -> n.type().name().equals("ACCEPTANCE_NOTICE")).singleElement()
        .satisfies(n -> assertThat(n.body()).contains("已于", "受理", "前作出决定", "/public/documents/"));
    driver.approve(c);
    assertThat(instance(c)).isWaitingAt("Task_InspectFulfilment");
  }

  @Test
  void anApplicationNotCorrectedWithinThePeriodIsNotAcceptedWithTheReason() {
    CaseRecord c = atAcceptance("AA");
    requestCorrection(c, CORRECTION_ITEMS);
    driver.fireDeadline(c, "correction");

    assertEnded(c, EndState.DENIED);
    assertThat(driver.cases.facts(c.caseNo()).denialReason()).contains("补正材料通知书规定的期限", "营业执照复印件",
        "第三十二条", "不予受理");
    assertThat(documentTypes(c)).contains(DocumentType.NON_ACCEPTANCE_NOTICE)
        .doesNotContain(DocumentType.DENIAL_DECISION, DocumentType.ACCEPTANCE_NOTICE);
    assertThat(driver.reload(c).decidedAt()).isNull();
    assertThat(mailTypes(c)).contains("DECISION_DENIED");
  }

  @Test
  void aCorrectionListThatDoesNotSayWhatIsWrongWithEachMaterialIsRefusedAndNothingIsWritten() {
    CaseRecord c = atAcceptance("AA");
    for (String items : List.of("营业执照复印件", "营业执照复印件：不清晰\n营业执照复印件：缺页", "：没有材料名称")) {
      assertThatThrownBy(() -> requestCorrection(c, items)).hasMessageContaining("correctionItems");
    }
    assertThatThrownBy(() -> driver.complete(c, "Task_AcceptApplication", "clerk",
        Map.of("acceptanceDecision", "CORRECTION"))).hasMessageContaining("correctionItems");
    assertThat(instance(c)).isWaitingAt("Task_AcceptApplication");
    assertThat(procedure.correction(c.caseNo())).isEmpty();
    assertThat(documentTypes(c)).doesNotContain(DocumentType.CORRECTION_NOTICE);
  }

  @Test
  void withoutACorrectionRequestWithinFiveWorkingDaysTheApplicationCountsAsAcceptedFromReceipt() {
    CaseRecord c = atAcceptance("AA");
    java.time.OffsetDateTime received = driver.cases.acceptance(c.caseNo()).receivedAt();
    assertThat(received).isNotNull();
    assertThat(dueOf(c, "correctionRequest")).isEqualTo(calendar.due(received.toInstant(), "5WD").instant());
    clock.advance(java.time.Duration.ofDays(8));
    driver.fireDeadline(c, "correctionRequest");

    assertThat(instance(c)).isWaitingAt("Task_MakeDecision");
    Cases.Acceptance acceptance = driver.cases.acceptance(c.caseNo());
    assertThat(acceptance.deemed()).isTrue();
    assertThat(acceptance.acceptedAt().toInstant()).isEqualTo(received.toInstant());
    assertThat(dueOf(c, "decision")).as("the decision period counts from receipt")
        .isEqualTo(calendar.due(received.toInstant(), casePeriods.of(c.caseNo(), "decision")).instant());
    assertThat(documentTypes(c)).contains(DocumentType.ACCEPTANCE_NOTICE);
    assertThat(notifications.forCase(c.caseNo())).as("the 受理通知书 reaches the applicant, dated from receipt")
        .filteredOn(n -> n.type().name().equals("ACCEPTANCE_NOTICE")).singleElement()
        .satisfies(n -> assertThat(n.body()).contains("受理", "/public/documents/", "第三十二条",
            org.creditcommitment.documents.Documents.date(received.atZoneSameInstant(
                org.creditcommitment.calendar.WorkingDayCalendar.ZONE).toLocalDate())));
    assertThat(jdbc.queryForObject("select count(*) from audit_event where ref = ? and type = ?", Integer.class,
        c.caseNo(), CaseProcedure.ACCEPTANCE_DEEMED)).isEqualTo(1);
    driver.approve(c);
    assertThat(instance(c)).isWaitingAt("Task_InspectFulfilment");
  }

  @Test
  void theApproverReturnsTheCaseToTheAcceptanceReviewWithAReasonAndTheDecisionDeadlineKeepsRunning() {
    CaseRecord c = atAcceptance("AA");
    driver.accept(c);
    java.time.Instant decisionDue = dueOf(c, "decision");
    clock.advance(java.time.Duration.ofDays(3));
    driver.complete(c, "Task_MakeDecision", "approver", Map.of("decision", "RETURN",
        "returnReason", "经营场所平面图与现场不符，请核对受理材料"));

    assertThat(instance(c)).isWaitingAt("Task_AcceptApplication");
    assertThat(procedure.returns(c.caseNo())).singleElement().satisfies(r -> {
      assertThat(r.fromStep()).isEqualTo("Task_MakeDecision");
      assertThat(r.toStep()).isEqualTo("Task_AcceptApplication");
      assertThat(r.returnedBy()).isEqualTo("approver");
      assertThat(r.reason()).contains("平面图");
    });
    assertThat(String.valueOf(forms.getTaskFormVariables(driver.task(c, "Task_AcceptApplication").getId())
        .get("returnReasonText"))).contains("approver", "作出行政决定", "经营场所平面图与现场不符");
    assertThat(driver.reload(c).decidedAt()).isNull();
    assertThatThrownBy(() -> requestCorrection(c, CORRECTION_ITEMS)).as("accepted already: no correction")
        .hasMessageContaining("一次性告知");

    clock.advance(java.time.Duration.ofDays(2));
    driver.accept(c);
    assertThat(instance(c)).isWaitingAt("Task_MakeDecision");
    assertThat(dueOf(c, "decision")).as("a return never buys time").isEqualTo(decisionDue);
    assertThat(driver.task(c, "Task_MakeDecision").getDueDate().toInstant()).isEqualTo(decisionDue);
    assertThat(documentTypes(c).stream().filter(DocumentType.ACCEPTANCE_NOTICE::equals)).hasSize(1);
    driver.approve(c);
    assertThat(instance(c)).isWaitingAt("Task_InspectFulfilment");
  }

  @Test
  void theReinspectionReturnsTheCaseToTheInspectionWithAReasonAndItIsInspectedAgainWithoutANewDraw() {
    CaseRecord c = signedAndApproved("AA", FOOD, CommitmentType.NOTIFY_COMMIT);
    assertThat(instance(c)).isWaitingAt("Task_InspectFulfilment");
    String inspector = driver.task(c, "Task_InspectFulfilment").getAssignee();
    driver.inspect(c, "Task_InspectFulfilment", false);
    driver.operations.submitRectification(c.caseNo(), new CaseRequests.Rectification("已按要求整改", false));
    driver.runJobs(c);
    assertThat(instance(c)).isWaitingAt("Task_Reinspect");
    assertThatThrownBy(() -> driver.complete(c, "Task_Reinspect", "inspector", Map.of("inspectionResult", "RETURN")))
        .hasMessageContaining("returnReason");

    driver.complete(c, "Task_Reinspect", "inspector", Map.of("inspectionResult", "RETURN",
        "returnReason", "原核查记录的经营面积测量有误，请重新核查"));

    assertThat(instance(c)).isWaitingAt("Task_InspectFulfilment");
    assertThat(driver.task(c, "Task_InspectFulfilment").getAssignee()).isEqualTo(inspector);
    assertThat(procedure.returns(c.caseNo())).singleElement().satisfies(r -> {
      assertThat(r.fromStep()).isEqualTo("Task_Reinspect");
      assertThat(r.toStep()).isEqualTo("Task_InspectFulfilment");
      assertThat(r.returnedBy()).isEqualTo("inspector");
    });
    assertThat(String.valueOf(forms.getTaskFormVariables(driver.task(c, "Task_InspectFulfilment").getId())
        .get("returnReasonText"))).contains("整改复查", "经营面积测量有误");
    assertThat(jdbc.queryForObject("select count(*) from audit_event where ref = ? and type = ?", Integer.class,
        c.caseNo(), "supervision.inspection-drawn")).as("not drawn again").isEqualTo(1);
    driver.inspect(c, "Task_InspectFulfilment", true);
    assertEnded(c, EndState.FULFILLED);
  }

  @Test
  void aReturnWithoutItsReasonIsRefusedAndTheCaseStaysWithTheApprover() {
    CaseRecord c = atAcceptance("AA");
    driver.accept(c);
    assertThatThrownBy(() -> driver.complete(c, "Task_MakeDecision", "approver", Map.of("decision", "RETURN")))
        .hasMessageContaining("returnReason");
    assertThat(instance(c)).isWaitingAt("Task_MakeDecision");
    assertThat(procedure.returns(c.caseNo())).isEmpty();
  }

  /** 承办 → 审核 → 批准 (catalogue approvalLevels: 3). */
  static final String FREIGHT = "JTJ-HY-001";
  /** 承办 → 批准 (approvalLevels: 2). */
  static final String OUTDOOR_ADS = "CGJ-GG-001";

  @Autowired ApprovalOpinions approvalOpinions;

  /** A case of the item, accepted and waiting at its first level. */
  private CaseRecord acceptedCase(String item) {
    CaseRecord c = driver.apply(driver.subject("AA"), item, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    return c;
  }

  private void review(CaseRecord c, String user, String outcome, String opinion, String returnReason) {
    reviewAt(c, ReviewOutcome.TASK, user, outcome, opinion, returnReason);
  }

  /** A level below the final one of a leveled decision gives its opinion at its review step. */
  private void reviewAt(CaseRecord c, String step, String user, String outcome, String opinion, String returnReason) {
    Map<String, Object> values = new java.util.HashMap<>(Map.of("approvalChoice", outcome, "approvalOpinion", opinion));
    if (returnReason != null) {
      values.put("returnReason", returnReason);
    }
    driver.complete(c, step, user, values);
  }

  private List<String> candidateGroups(CaseRecord c, String key) {
    return processEngine.getTaskService().getIdentityLinksForTask(driver.task(c, key).getId()).stream()
        .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null).map(l -> l.getGroupId()).toList();
  }

  private List<String> opinionTrail(CaseRecord c) {
    return approvalOpinions.of(c.caseNo()).stream().map(o -> o.level() + ":" + o.outcome()).toList();
  }

  @Test
  void aThreeLevelItemPassesHandlingReviewAndApprovalEachWithItsOpinionAndTheFinalLevelDecides() {
    CaseRecord c = acceptedCase(FREIGHT);
    assertThat(instance(c)).isWaitingAt("Task_ReviewDecision");
    assertThat(candidateGroups(c, "Task_ReviewDecision")).containsExactly("approver-jtj");
    java.time.Instant decisionDue = dueOf(c, "decision");

    clock.advance(java.time.Duration.ofHours(2));
    review(c, "approver", "FORWARD", "材料齐全，车辆和驾驶人员符合条件，拟同意", null);
    assertThat(instance(c)).isWaitingAt("Task_ReviewDecision");
    assertThat(candidateGroups(c, "Task_ReviewDecision")).containsExactly("reviewer-jtj");
    assertThat(String.valueOf(forms.getTaskFormVariables(driver.task(c, "Task_ReviewDecision").getId())
        .get("approvalOpinionsText"))).contains("承办", "拟同意");

    review(c, "approver", "RETURN", "车辆技术等级证明未核对", "请核对车辆技术等级证明原件");
    assertThat(instance(c)).as("审核 returns to 承办").isWaitingAt("Task_ReviewDecision");
    assertThat(candidateGroups(c, "Task_ReviewDecision")).containsExactly("approver-jtj");
    assertThat(procedure.returns(c.caseNo())).singleElement().satisfies(r -> {
      assertThat(r.fromStep()).isEqualTo("Task_ReviewDecision");
      assertThat(r.toStep()).isEqualTo("Task_ReviewDecision");
    });
    assertThat(String.valueOf(forms.getTaskFormVariables(driver.task(c, "Task_ReviewDecision").getId())
        .get("returnReasonText"))).contains("逐级审批", "请核对车辆技术等级证明原件");

    review(c, "approver", "FORWARD", "已核对车辆技术等级证明原件，拟同意", null);
    review(c, "approver", "FORWARD", "经审核，符合许可条件，同意", null);
    assertThat(instance(c)).isWaitingAt("Task_MakeDecision");
    assertThat(candidateGroups(c, "Task_MakeDecision")).containsExactly("leader-jtj");
    assertThat(dueOf(c, "decision")).as("the decision period runs on through the levels").isEqualTo(decisionDue);
    assertThat(driver.task(c, "Task_MakeDecision").getDueDate().toInstant()).isEqualTo(decisionDue);
    assertThatThrownBy(() -> driver.complete(c, "Task_MakeDecision", "approver", Map.of("decision", "APPROVE",
        "decisionOpinion", "同意"))).as("批准 is the head's").isInstanceOf(AuthorizationException.class);

    driver.complete(c, "Task_MakeDecision", "leader", Map.of("decision", "APPROVE", "decisionOpinion", "同意，准予许可"));

    assertThat(driver.reload(c).decidedAt()).isNotNull();
    assertThat(opinionTrail(c)).containsExactly("1:FORWARD", "2:RETURN", "1:FORWARD", "2:FORWARD", "3:DECIDE");
    assertThat(approvalOpinions.of(c.caseNo())).extracting(ApprovalOpinions.Opinion::group)
        .containsExactly("approver-jtj", "reviewer-jtj", "approver-jtj", "reviewer-jtj", "leader-jtj");
    assertThat(approvalOpinions.of(c.caseNo())).extracting(ApprovalOpinions.Opinion::givenBy)
        .containsExactly("approver", "approver", "approver", "approver", "leader");
    String sheet = IssuedPdfs.text(documentService, caseDocuments.latest(c.caseNo(), DocumentType.APPROVAL_SHEET)
        .orElseThrow());
    assertThat(sheet).contains("行政许可审批表", "三级（承办、审核、批准）", "准予许可", "承办", "审核", "批准",
        "车辆技术等级证明未核对", "同意，准予许可", "李志强");
    assertThat(http.get("/api/cases/" + c.caseNo() + "/history", "auditor").body()).as("the auditor's timeline")
        .contains("逐级审批意见", "经审核，符合许可条件，同意", "车辆技术等级证明未核对", "同意，准予许可");
  }

  @Test
  void aLevelWithoutItsOpinionIsRefusedAndNothingIsWritten() {
    CaseRecord c = acceptedCase(FREIGHT);

    assertThatThrownBy(() -> review(c, "approver", "FORWARD", "   ", null)).hasMessageContaining("审批意见");
    assertThatThrownBy(() -> driver.complete(c, "Task_ReviewDecision", "approver", Map.of("approvalChoice",
        "RETURN", "returnReason", "材料有误"))).hasMessageContaining("审批意见");
    assertThat(instance(c)).isWaitingAt("Task_ReviewDecision");
    assertThat(approvalOpinions.of(c.caseNo())).isEmpty();
    assertThat(procedure.returns(c.caseNo())).isEmpty();

    review(c, "approver", "FORWARD", "拟同意", null);
    review(c, "approver", "FORWARD", "同意", null);
    assertThatThrownBy(() -> driver.complete(c, "Task_MakeDecision", "leader", Map.of("decision", "APPROVE")))
        .as("the final level too").hasMessageContaining("审批意见");
    assertThat(instance(c)).isWaitingAt("Task_MakeDecision");
    assertThat(driver.reload(c).decidedAt()).isNull();
    assertThat(opinionTrail(c)).containsExactly("1:FORWARD", "2:FORWARD");
    assertThat(caseDocuments.latest(c.caseNo(), DocumentType.APPROVAL_SHEET)).isEmpty();
  }

  @Test
  void aTwoLevelItemsHeadReturnsToHandlingWhichReturnsToAcceptanceAndTheDeadlineEscalatesAtAnyLevel() {
    CaseRecord c = acceptedCase(OUTDOOR_ADS);
    assertThat(candidateGroups(c, "Task_ReviewDecision")).containsExactly("approver-cgj");
    java.time.Instant decisionDue = dueOf(c, "decision");
    review(c, "approver", "FORWARD", "拟同意", null);
    assertThat(candidateGroups(c, "Task_MakeDecision")).containsExactly("leader-cgj");

    driver.complete(c, "Task_MakeDecision", "leader", Map.of("decision", "RETURN", "decisionOpinion",
        "设置位置图不清", "returnReason", "请补充核对设置位置图"));
    assertThat(instance(c)).as("批准 returns to 承办").isWaitingAt("Task_ReviewDecision");
    assertThat(candidateGroups(c, "Task_ReviewDecision")).containsExactly("approver-cgj");
    assertThat(dueOf(c, "decision")).isEqualTo(decisionDue);

    driver.fireDeadline(c, "decision");
    assertThat(instance(c)).as("overdue at a level: escalated, still there").isWaitingAt("Task_ReviewDecision");
    assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(c.processInstanceId()).activityId("Task_EscalateDecision").count()).isEqualTo(1);

    review(c, "approver", "RETURN", "受理材料中场地使用权证明已过期", "场地使用权证明已过期，请重新受理审查");
    assertThat(instance(c)).as("承办 returns to acceptance").isWaitingAt("Task_AcceptApplication");
    assertThat(String.valueOf(forms.getTaskFormVariables(driver.task(c, "Task_AcceptApplication").getId())
        .get("returnReasonText"))).contains("逐级审批", "场地使用权证明已过期");

    driver.accept(c);
    assertThat(instance(c)).as("back at the first level").isWaitingAt("Task_ReviewDecision");
    assertThat(candidateGroups(c, "Task_ReviewDecision")).containsExactly("approver-cgj");
    review(c, "approver", "FORWARD", "已重新核对，拟同意", null);
    driver.complete(c, "Task_MakeDecision", "leader", Map.of("decision", "DENY", "denialReason", "设置地点不符合规划",
        "decisionOpinion", "不同意"));
    assertThat(driver.reload(c).decidedAt()).isNotNull();
    assertThat(caseDocuments.latest(c.caseNo(), DocumentType.DENIAL_DECISION)).isPresent();
    assertThat(opinionTrail(c)).containsExactly("1:FORWARD", "2:RETURN", "1:RETURN", "1:FORWARD", "2:DECIDE");
    assertThat(IssuedPdfs.text(documentService, caseDocuments.latest(c.caseNo(), DocumentType.APPROVAL_SHEET)
        .orElseThrow())).contains("二级（承办、批准）", "不予许可", "设置位置图不清");
  }

  @Test
  void aOneLevelItemIsDecidedByItsApproversAloneWithoutAnApprovalSheet() {
    CaseRecord c = atAcceptance("AA");
    driver.accept(c);
    assertThat(instance(c)).isWaitingAt("Task_MakeDecision");
    assertThat(candidateGroups(c, "Task_MakeDecision")).containsExactly("approver-scjg");
    driver.complete(c, "Task_MakeDecision", "approver", Map.of("decision", "APPROVE"));
    assertThat(approvalOpinions.of(c.caseNo())).isEmpty();
    assertThat(caseDocuments.latest(c.caseNo(), DocumentType.APPROVAL_SHEET)).isEmpty();
  }

  /**
   * A case of the item, its licence refused in levels for a false commitment, heard without a statement: waiting at
   * the first level of its punishment decision.
   */
  private CaseRecord atPunishmentLevels(String item, int levels) {
    CaseRecord c = acceptedCase(item);
    for (int level = 1; level < levels; level++) {
      review(c, "approver", "FORWARD", "拟同意", null);
    }
    driver.complete(c, "Task_MakeDecision", "leader", Map.of("decision", "DENY_FALSE_COMMITMENT",
        "falseCommitmentFindings", "提交的车辆行驶证系伪造", "decisionOpinion", "承诺不实，不予许可"));
    driver.heardWithoutStatement(c);
    return c;
  }

  private void reviewPunishment(CaseRecord c, String user, String outcome, String opinion, String returnReason) {
    reviewAt(c, ApprovalPhase.PUNISHMENT.reviewTask(), user, outcome, opinion, returnReason);
  }

  private List<String> punishmentTrail(CaseRecord c) {
    return approvalOpinions.of(c.caseNo(), ApprovalPhase.PUNISHMENT).stream().map(o -> o.level() + ":" + o.outcome())
        .toList();
  }

  /** 行政处罚法 第五十七条: the punishment decision passes the item's levels as its licence decision did. */
  @Test
  void aThreeLevelItemsPunishmentPassesHandlingReviewAndApprovalEachWithItsOpinionAndTheHeadDecides() {
    CaseRecord c = atPunishmentLevels(FREIGHT, 3);
    assertThat(instance(c)).hasPassed("Task_RecordStatementLapsed").isWaitingAt("Task_ReviewPunishment");
    assertThat(candidateGroups(c, "Task_ReviewPunishment")).containsExactly("approver-jtj");
    assertThat(String.valueOf(forms.getTaskFormVariables(driver.task(c, "Task_ReviewPunishment").getId())
        .get("approvalOpinionsText"))).as("the licence decision's opinions are not the punishment's")
        .contains("尚无审批意见");

    reviewPunishment(c, "approver", "FORWARD", "虚假承诺事实清楚，拟按告知书所列措施惩戒", null);
    assertThat(candidateGroups(c, "Task_ReviewPunishment")).containsExactly("reviewer-jtj");
    reviewPunishment(c, "approver", "RETURN", "不适用信用承诺的期限未说明理由", "请说明拟定期限的理由");
    assertThat(instance(c)).as("审核 returns to 承办").isWaitingAt("Task_ReviewPunishment");
    assertThat(candidateGroups(c, "Task_ReviewPunishment")).containsExactly("approver-jtj");
    assertThat(String.valueOf(forms.getTaskFormVariables(driver.task(c, "Task_ReviewPunishment").getId())
        .get("returnReasonText"))).contains("失信惩戒逐级审批", "请说明拟定期限的理由");
    reviewPunishment(c, "approver", "FORWARD", "伪造证件情节严重，拟不适用信用承诺十二个月", null);
    reviewPunishment(c, "approver", "FORWARD", "经审核，同意", null);

    assertThat(instance(c)).isWaitingAt("Task_DecidePunishment");
    assertThat(candidateGroups(c, "Task_DecidePunishment")).containsExactly("leader-jtj");
    Map<String, Object> decision = Map.of("punishmentMeasures", List.of("NO_COMMITMENT_MODE", "PUBLICITY"),
        "barMonths", 12, "punishmentBasis", "普政数局〔2022〕25号 二（三）");
    assertThatThrownBy(() -> driver.complete(c, "Task_DecidePunishment", "approver",
        withEntry(decision, "punishmentOpinion", "同意"))).as("批准 is the head's")
        .isInstanceOf(AuthorizationException.class);
    driver.complete(c, "Task_DecidePunishment", "leader", Map.of("punishmentChoice", "RETURN",
        "punishmentOpinion", "公示期限依据不明", "returnReason", "请核对公示期限的依据"));
    assertThat(instance(c)).as("批准 returns to 审核").isWaitingAt("Task_ReviewPunishment");
    assertThat(candidateGroups(c, "Task_ReviewPunishment")).containsExactly("reviewer-jtj");
    assertThat(driver.cases.facts(c.caseNo()).punishmentMeasures()).as("a return decides nothing").isNull();
    reviewPunishment(c, "approver", "FORWARD", "已核对公示期限依据，同意", null);

    driver.complete(c, "Task_DecidePunishment", "leader", withEntry(decision, "punishmentOpinion", "同意，予以惩戒"));

    assertEnded(c, EndState.PUNISHED);
    assertThat(punishmentTrail(c)).containsExactly("1:FORWARD", "2:RETURN", "1:FORWARD", "2:FORWARD", "3:RETURN",
        "2:FORWARD", "3:DECIDE");
    assertThat(approvalOpinions.of(c.caseNo(), ApprovalPhase.PUNISHMENT)).extracting(ApprovalOpinions.Opinion::group)
        .containsExactly("approver-jtj", "reviewer-jtj", "approver-jtj", "reviewer-jtj", "leader-jtj", "reviewer-jtj",
            "leader-jtj");
    assertThat(opinionTrail(c)).as("the case file holds both decisions' opinions").hasSize(10);
    assertThat(text(c, DocumentType.PUNISHMENT_APPROVAL_SHEET)).contains("失信惩戒审批表", "三级（承办、审核、批准）",
        "一定期限内不适用信用承诺", "公示期限依据不明", "同意，予以惩戒", "李志强", "行政处罚法");
    assertThat(text(c, DocumentType.APPROVAL_SHEET)).as("the licence decision's sheet stays its own")
        .contains("行政许可审批表", "承诺不实，不予许可").doesNotContain("同意，予以惩戒");
    assertThat(http.get("/api/cases/" + c.caseNo() + "/history", "auditor").body()).as("the auditor's timeline")
        .contains("逐级审批意见", "失信惩戒决定", "公示期限依据不明", "同意，予以惩戒");
  }

  @Test
  void aPunishmentLevelWithoutItsOpinionOrReturningFromTheFirstLevelIsRefusedAndNothingIsWritten() {
    CaseRecord c = atPunishmentLevels(OUTDOOR_ADS, 2);
    assertThat(candidateGroups(c, "Task_ReviewPunishment")).containsExactly("approver-cgj");

    assertThatThrownBy(() -> reviewPunishment(c, "approver", "FORWARD", "  ", null)).hasMessageContaining("审批意见");
    assertThatThrownBy(() -> reviewPunishment(c, "approver", "RETURN", "拟定措施过重", "请重新拟定"))
        .as("the proposal was told to the subject: 承办 has no step to return to").hasMessageContaining("承办环节");
    assertThat(instance(c)).isWaitingAt("Task_ReviewPunishment");
    assertThat(punishmentTrail(c)).isEmpty();

    reviewPunishment(c, "approver", "FORWARD", "拟同意", null);
    assertThat(candidateGroups(c, "Task_DecidePunishment")).containsExactly("leader-cgj");
    assertThatThrownBy(() -> driver.complete(c, "Task_DecidePunishment", "leader", Map.of("punishmentMeasures",
        List.of("PUBLICITY"), "punishmentBasis", "普政数局〔2022〕25号"))).as("the final level too")
        .hasMessageContaining("审批意见");
    assertThatThrownBy(() -> driver.complete(c, "Task_DecidePunishment", "leader", Map.of("punishmentChoice", "RETURN",
        "punishmentOpinion", "退回"))).hasMessageContaining("returnReason");
    assertThat(instance(c)).isWaitingAt("Task_DecidePunishment");
    assertThat(punishmentTrail(c)).containsExactly("1:FORWARD");
    assertThat(driver.cases.facts(c.caseNo()).punishmentMeasures()).isNull();
    assertThat(caseDocuments.latest(c.caseNo(), DocumentType.PUNISHMENT_APPROVAL_SHEET)).isEmpty();
  }

  @Test
  void aOneLevelItemsPunishmentIsDecidedByItsApproversAloneAndCannotBeReturned() {
    CaseRecord c = atPunishment();
    driver.heardWithoutStatement(c);
    assertThat(instance(c)).hasNotPassed("Task_ReviewPunishment").isWaitingAt("Task_DecidePunishment");
    assertThat(candidateGroups(c, "Task_DecidePunishment")).containsExactly("approver-scjg");
    assertThatThrownBy(() -> driver.complete(c, "Task_DecidePunishment", "approver", Map.of("punishmentChoice",
        "RETURN", "returnReason", "请重新审查"))).hasMessageContaining("一级审批");

    driver.complete(c, "Task_DecidePunishment", "approver", Map.of("punishmentMeasures", List.of("PUBLICITY"),
        "punishmentBasis", "普政数局〔2022〕25号 二（三）"));

    assertEnded(c, EndState.PUNISHED);
    assertThat(approvalOpinions.of(c.caseNo())).isEmpty();
    assertThat(caseDocuments.latest(c.caseNo(), DocumentType.PUNISHMENT_APPROVAL_SHEET)).isEmpty();
  }

  private static Map<String, Object> withEntry(Map<String, Object> values, String key, Object value) {
    Map<String, Object> all = new java.util.HashMap<>(values);
    all.put(key, value);
    return all;
  }

  private ProcessInstance instance(CaseRecord c) {
    return processEngine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(c.processInstanceId()).singleResult() != null
        ? processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(c.processInstanceId()).singleResult()
        : null;
  }

  private void assertEnded(CaseRecord c, EndState state) {
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(c.processInstanceId()).singleResult().getEndTime()).isNotNull();
    assertThat(driver.reload(c).endState()).isEqualTo(state.name());
  }

  private List<String> mailTypes(CaseRecord c) {
    return notifications.forCase(c.caseNo()).stream().map(n -> n.type().name()).toList();
  }

  private CaseRecord signedAndApproved(String grade, String item, CommitmentType type, String... missing) {
    CaseRecord c = driver.apply(driver.subject(grade), item, type, missing);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    driver.approve(c);
    return c;
  }

  @Test
  void aaApplicantWithNotifyCommitIsInspectedCompliantAndEndsFulfilled() {
    CaseRecord c = driver.apply(driver.subject("AA"), FOOD, CommitmentType.NOTIFY_COMMIT);
    assertThat(instance(c)).isWaitingAt("Task_QueryCredit");
    driver.runJobs(c);
    assertThat(instance(c)).isWaitingAt("Task_NotifyConditions");
    assertThat(driver.cases.facts(c.caseNo()).grade()).isEqualTo("AA");
    assertThat(driver.cases.facts(c.caseNo()).benefits()).isEqualTo("预约办理、帮办代办、免费邮寄、企业开办大礼包、承诺即入、告知承诺、专班服务");

    driver.notifyConditions(c);
    assertThat(instance(c)).isWaitingAt("Task_AwaitSignature");
    assertThat(driver.deadlines.list(c.caseNo())).anyMatch(d -> d.kind().equals("signing"));
    driver.signOnline(c);
    driver.accept(c);
    assertThat(instance(c)).isWaitingAt("Task_MakeDecision");
    assertThat(driver.task(c, "Task_MakeDecision")).isNotNull();
    driver.approve(c);
    assertThat(driver.reload(c).licenceNo()).startsWith(FOOD + "-");
    assertThat(driver.deadlines.list(c.caseNo())).as("送达期限 of the licence decision (行政许可法 第四十四条)")
        .anyMatch(d -> d.kind().equals("service") && d.status().name().equals("SCHEDULED"));
    driver.serve(c, DocumentType.LICENCE_DECISION);
    assertThat(instance(c)).isWaitingAt("Task_InspectFulfilment");
    driver.inspect(c, "Task_InspectFulfilment", true);

    assertEnded(c, EndState.FULFILLED);
    assertThat(mailTypes(c)).contains("CONDITIONS_NOTICE", "COMMITMENT_RECEIVED", "DECISION_APPROVED",
        "INSPECTION_NOTICE");
    assertThat(jdbc.queryForObject("select count(*) from credit_query where case_no = ?", Integer.class, c.caseNo()))
        .isEqualTo(1);
    assertThat(driver.deadlines.list(c.caseNo())).allMatch(d -> !d.status().name().equals("SCHEDULED"));
  }

  @Test
  void bApplicantIsSentToStandardReviewWithTheReason() {
    CaseRecord c = driver.apply(driver.subject("B"), FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    assertEnded(c, EndState.STANDARD_REVIEW);
    assertThat(driver.reload(c).eligible()).isFalse();
    assertThat(driver.reload(c).eligibilityReason()).contains("低于A级");
    assertThat(mailTypes(c)).containsExactly("STANDARD_REVIEW");
  }

  @Test
  void anItemMinimumAboveTheApplicantsGradeMeansStandardReview() {
    CaseRecord c = driver.apply(driver.subject("AA"), PHARMACY, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    assertEnded(c, EndState.STANDARD_REVIEW);
    assertThat(driver.reload(c).eligibilityReason()).contains("最低等级");
  }

  @Test
  void applicantWhoDeclinesToCommitGoesToStandardReview() {
    CaseRecord c = driver.apply(driver.subject("AA"), FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.complete(c, "Task_AwaitSignature", "clerk", Map.of("signatureOutcome", "DECLINED"));
    assertEnded(c, EndState.STANDARD_REVIEW);
  }

  @Test
  void paperSignatureRecordedByAClerkKeepsTheLetterHash() {
    CaseRecord c = driver.apply(driver.subject("AA"), FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.complete(c, "Task_AwaitSignature", "clerk", Map.of("signatureOutcome", "PAPER_SIGNED", "paperSigner", "李明"));
    Letters.Signature signature = driver.letters.signature(c.caseNo()).orElseThrow();
    assertThat(signature.channel()).isEqualTo(Letters.Channel.PAPER);
    assertThat(signature.recordedBy()).isEqualTo("clerk");
    assertThat(signature.letterSha256()).isEqualTo(driver.letters.letter(c.caseNo()).orElseThrow().sha256());
    assertThat(instance(c)).isWaitingAt("Task_AcceptApplication");
  }

  @Test
  void letterNotSignedBeforeTheSigningDeadlineAbandonsTheCase() {
    CaseRecord c = driver.apply(driver.subject("AA"), FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.fireDeadline(c, "signing");
    assertEnded(c, EndState.ABANDONED);
    assertThat(mailTypes(c)).contains("CASE_CLOSED");
  }

  @Test
  void secondOnlineSignatureHasNoEffect() {
    CaseRecord c = driver.apply(driver.subject("AA"), FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    assertThatThrownBy(() -> driver.signOnline(c)).isInstanceOf(ApiException.class)
        .satisfies(e -> assertThat(((ApiException) e).status().value()).isEqualTo(409));
    assertThat(jdbc.queryForObject("select count(*) from commitment_signature where case_no = ?", Integer.class,
        c.caseNo())).isEqualTo(1);
    assertThat(instance(c)).isWaitingAt("Task_AcceptApplication");
  }

  @Test
  void signatureOfAnotherTextIsRefused() {
    CaseRecord c = driver.apply(driver.subject("AA"), FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    assertThatThrownBy(() -> driver.operations.sign(c.caseNo(), new CaseRequests.Sign("x", "0".repeat(64)), "portal"))
        .isInstanceOf(ApiException.class).hasMessageContaining("does not match");
    assertThat(driver.letters.signature(c.caseNo())).isEmpty();
    assertThat(instance(c)).isWaitingAt("Task_AwaitSignature");
  }

  @Test
  void applicationNotAcceptedEndsDeniedWithTheReason() {
    CaseRecord c = driver.apply(driver.subject("AA"), FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.complete(c, "Task_AcceptApplication", "clerk", Map.of("acceptanceDecision", "REJECT",
        "rejectionReason", "经营场所与营业执照登记地址不一致"));
    assertEnded(c, EndState.DENIED);
    assertThat(mailTypes(c)).contains("DECISION_DENIED");
  }

  @Test
  void deniedDecisionEndsDenied() {
    CaseRecord c = driver.apply(driver.subject("AAA"), FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    driver.complete(c, "Task_MakeDecision", "approver", Map.of("decision", "DENY", "denialReason", "不符合许可条件"));
    assertEnded(c, EndState.DENIED);
  }

  @Test
  void applicantMayWithdrawUntilTheDecisionButNotAfter() {
    CaseRecord c = driver.apply(driver.subject("AA"), FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.operations.withdraw(c.caseNo(), new CaseRequests.Withdraw("暂不经营"));
    driver.runJobs(c);
    assertEnded(c, EndState.WITHDRAWN);
    assertThat(driver.deadlines.list(c.caseNo())).noneMatch(d -> d.status().name().equals("SCHEDULED"));

    CaseRecord decided = signedAndApproved("AA", FOOD, CommitmentType.NOTIFY_COMMIT);
    assertThatThrownBy(() -> driver.operations.withdraw(decided.caseNo(), new CaseRequests.Withdraw(null)))
        .isInstanceOf(ApiException.class).hasMessageContaining("decision");
  }

  @Test
  void aWithdrawnCommitmentEndsTheCommitmentModeAndTheApplicationContinuesUnderStandardReview() {
    CaseRecord c = driver.apply(driver.subject("AA"), FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    assertThat(instance(c)).isWaitingAt("Task_MakeDecision");

    driver.operations.withdrawCommitment(c.caseNo(), new CaseRequests.Withdraw("改按一般程序办理"));
    driver.runJobs(c);

    assertThat(instance(c)).isNull();
    assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(c.processInstanceId()).activityId("Task_NotifyCommitmentWithdrawn").count()).isEqualTo(1);
    assertEnded(c, EndState.STANDARD_REVIEW);
    assertThat(driver.reload(c).eligibilityReason()).contains("撤回信用承诺", "原审批程序", "改按一般程序办理");
    assertThat(driver.cases.facts(c.caseNo()).commitmentWithdrawnAt()).isNotNull();
    assertThat(driver.reload(c).decidedAt()).isNull();
    assertThat(mailTypes(c)).contains("COMMITMENT_WITHDRAWN").doesNotContain("CASE_CLOSED", "STANDARD_REVIEW");
    assertThat(notifications.forCase(c.caseNo()).stream().filter(n -> n.type().name().equals("COMMITMENT_WITHDRAWN"))
        .findFirst().orElseThrow().body()).contains("撤回后信用审批办理方式自行终止", "按原审批程序");
    assertThat(driver.deadlines.list(c.caseNo())).noneMatch(d -> d.status().name().equals("SCHEDULED"));
    // the case has ended: neither the application nor the commitment can be withdrawn again
    assertThatThrownBy(() -> driver.operations.withdraw(c.caseNo(), new CaseRequests.Withdraw(null)))
        .isInstanceOf(ApiException.class).hasMessageContaining("ended");
  }

  @Test
  void theCommitmentCanBeWithdrawnBeforeItIsSignedAndNeitherWithdrawalAfterTheDecision() {
    CaseRecord c = driver.apply(driver.subject("AA"), FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.operations.withdrawCommitment(c.caseNo(), new CaseRequests.Withdraw(null));
    driver.runJobs(c);
    assertEnded(c, EndState.STANDARD_REVIEW);
    assertThat(driver.reload(c).eligibilityReason()).isEqualTo(NotifyStandardReviewDelegate.COMMITMENT_WITHDRAWN_REASON);

    CaseRecord decided = signedAndApproved("AA", FOOD, CommitmentType.NOTIFY_COMMIT);
    for (Runnable withdrawal : List.<Runnable>of(
        () -> driver.operations.withdrawCommitment(decided.caseNo(), new CaseRequests.Withdraw("晚了")),
        () -> driver.operations.withdraw(decided.caseNo(), new CaseRequests.Withdraw("晚了")))) {
      assertThatThrownBy(withdrawal::run).isInstanceOfSatisfying(ApiException.class, e -> {
        assertThat(e.status().value()).isEqualTo(409);
        assertThat(e.code()).isEqualTo("already-decided");
      });
    }
    assertThat(driver.cases.facts(decided.caseNo()).commitmentWithdrawnAt()).isNull();
    assertThat(instance(decided)).isWaitingAt("Task_InspectFulfilment");
  }

  @Test
  void aFalseCommitmentFoundAtTheDecisionIsDeniedAndItsDishonestyRecordPublished() {
    CaseRecord c = driver.apply(driver.subject("AA"), FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    driver.complete(c, "Task_MakeDecision", "approver", Map.of("decision", "DENY_FALSE_COMMITMENT",
        "falseCommitmentFindings", "提交的食品经营场所租赁合同系伪造"));

    assertThat(instance(c)).hasPassed("Task_NotifyFalseCommitmentDenial").isWaitingAt("Task_ProposePunishment");
    assertThat(driver.reload(c).licenceNo()).isNull();
    assertThat(driver.reload(c).decidedAt()).isNotNull();
    assertThat(IssuedPdfs.text(documentService, caseDocuments.latest(c.caseNo(), DocumentType.DENIAL_DECISION)
        .orElseThrow())).contains("不予行政许可", "租赁合同系伪造", "虚假材料", "记入", "及时公开");
    // no licence was granted: there is none to revoke
    assertThatThrownBy(() -> driver.complete(c, "Task_ProposePunishment", "approver", Map.of(
        "punishmentMeasures", List.of("REVOKE_LICENCE", "PUBLICITY"), "punishmentBasis", "普政数局〔2022〕25号")))
        .hasMessageContaining("REVOKE_LICENCE");
    assertThat(instance(c)).isWaitingAt("Task_ProposePunishment");
    driver.heardWithoutStatement(c);

    driver.complete(c, "Task_DecidePunishment", "approver", Map.of("punishmentMeasures",
        List.of("NO_COMMITMENT_MODE", "PUBLICITY"), "barMonths", 12, "punishmentBasis", "普政数局〔2022〕25号 二（三）"));

    assertEnded(c, EndState.PUNISHED);
    assertThat(driver.registry.profile(c.applicantCode()).hasActiveDishonestyRecord()).isTrue();
    assertThat(mailTypes(c)).contains("DECISION_DENIED", "PUNISHMENT_NOTICE").doesNotContain("DECISION_APPROVED",
        "RECTIFICATION_NOTICE");
    assertThat(IssuedPdfs.text(documentService, caseDocuments.latest(c.caseNo(), DocumentType.PUNISHMENT_DECISION)
        .orElseThrow())).contains("虚假承诺", "租赁合同系伪造");
  }

  @Test
  void aFalseCommitmentFoundOnInspectionIsPunishedWithoutRectificationAndItsLicenceRevoked() {
    CaseRecord c = signedAndApproved("AA", FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.complete(c, "Task_InspectFulfilment", "inspector", Map.of("inspectionResult", "FALSE_COMMITMENT",
        "inspectionFindings", "承诺具备的冷藏设施实际不存在，承诺内容虚假"));

    assertThat(instance(c)).hasPassed("Event_FalseCommitmentFound", "Event_FalseCommitmentProven")
        .hasNotPassed("Task_IssueRectificationNotice").isWaitingAt("Task_ProposePunishment");
    driver.heardWithoutStatement(c);
    // the approver ticks only publicity: the licence obtained by the false commitment is revoked all the same
    driver.complete(c, "Task_DecidePunishment", "approver", Map.of("punishmentMeasures", List.of("PUBLICITY"),
        "punishmentBasis", "普政数局〔2022〕25号 二（三）"));

    assertEnded(c, EndState.PUNISHED);
    assertThat(driver.cases.facts(c.caseNo()).punishmentMeasures()).isEqualTo("REVOKE_LICENCE,PUBLICITY");
    assertThat(driver.cases.facts(c.caseNo()).rectificationReason()).isNull();
    assertThat(caseDocuments.latest(c.caseNo(), DocumentType.LICENCE_DECISION).orElseThrow().valid()).isFalse();
    assertThat(mailTypes(c)).contains("PUNISHMENT_NOTICE").doesNotContain("RECTIFICATION_NOTICE");
    assertThat(driver.registry.profile(c.applicantCode()).hasActiveDishonestyRecord()).isTrue();
    assertThat(IssuedPdfs.text(documentService, caseDocuments.latest(c.caseNo(), DocumentType.PUNISHMENT_DECISION)
        .orElseThrow())).contains("虚假承诺", "冷藏设施实际不存在", "撤销行政许可");
  }

  /** A licensee that refused rectification: the case waits at 拟定惩戒措施. */
  private CaseRecord atPunishment() {
    CaseRecord c = signedAndApproved("AA", FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.inspect(c, "Task_InspectFulfilment", false);
    driver.operations.submitRectification(c.caseNo(), new CaseRequests.Rectification(null, true));
    driver.runJobs(c);
    assertThat(instance(c)).isWaitingAt("Task_ProposePunishment");
    return c;
  }

  private String text(CaseRecord c, DocumentType type) {
    return IssuedPdfs.text(documentService, caseDocuments.latest(c.caseNo(), type).orElseThrow());
  }

  /**
   * 行政处罚法 第四十四条、第四十五条; 国办发〔2020〕49号: nothing is imposed before the subject is told; its statement reaches
   * the approver, who must answer it, within the measures the notice proposed.
   */
  @Test
  void theSubjectIsToldBeforeThePunishmentAndTheDecisionAnswersItsStatement() {
    CaseRecord c = atPunishment();
    driver.proposePunishment(c, "NO_COMMITMENT_MODE", "PUBLICITY");

    assertThat(instance(c)).hasPassed("Task_IssuePriorNotice").isWaitingAt("Task_AwaitStatement");
    assertThat(driver.registry.profile(c.applicantCode()).hasActiveDishonestyRecord()).as("nothing imposed yet")
        .isFalse();
    assertThat(mailTypes(c)).contains("PRIOR_NOTICE").doesNotContain("PUNISHMENT_NOTICE");
    assertThat(text(c, DocumentType.PRIOR_NOTICE)).contains("拟作出失信惩戒告知书", "经营场所面积与承诺不符",
        "一定期限内不适用信用承诺", "陈述和申辩", "不属于");
    DeadlineView deadline = driver.deadlines.list(c.caseNo()).stream()
        .filter(d -> d.kind().equals("statement") && d.status() == DeadlineStatus.SCHEDULED).findFirst().orElseThrow();
    assertThat(deadline.dueDate()).isEqualTo(calendar.dueAfterWorkingDays(deadline.createdAt(), 5).dueDate());
    assertThat(driver.priorNotices.notice(c.caseNo()).orElseThrow().statementDue().toInstant())
        .isEqualTo(deadline.due());

    driver.statements.state(c.caseNo(), new CaseRequests.Statement("已按要求调整经营场所，请求从轻处理", false));
    driver.runJobs(c);
    assertThat(instance(c)).hasNotPassed("Task_RecordHearing")
        .isWaitingAt("Task_DecidePunishment");
    assertThat(processEngine.getFormService().getTaskFormVariables(driver.task(c, "Task_DecidePunishment").getId())
        .get("statementText")).asString().contains("已按要求调整经营场所");

    Map<String, Object> decision = Map.of("punishmentMeasures", List.of("NO_COMMITMENT_MODE", "PUBLICITY"),
        "barMonths", 12, "punishmentBasis", "《义马市政务领域开展信用承诺改革工作方案（试行）》四（七）");
    assertThatThrownBy(() -> driver.complete(c, "Task_DecidePunishment", "approver", decision))
        .hasMessageContaining("statementAnswer");
    assertThatThrownBy(() -> driver.complete(c, "Task_DecidePunishment", "approver", Map.of(
        "punishmentMeasures", List.of("KEY_SUPERVISION", "PUBLICITY"), "punishmentBasis", "加重",
        "statementAnswer", "不予采纳"))).hasMessageContaining("prior notice");
    assertThat(instance(c)).isWaitingAt("Task_DecidePunishment");

    Map<String, Object> answered = new java.util.HashMap<>(decision);
    answered.put("statementAnswer", "调整经营场所系核查后所为，不改变拒绝整改的事实，不予采纳");
    driver.complete(c, "Task_DecidePunishment", "approver", answered);

    assertEnded(c, EndState.PUNISHED);
    assertThat(driver.priorNotices.statement(c.caseNo()).orElseThrow().outcome()).isEqualTo(PriorNotices.Outcome.STATED);
    assertThat(text(c, DocumentType.PUNISHMENT_DECISION)).contains("提出了陈述、申辩", "不予采纳");
  }

  /** 行政处罚法 第四十五条: a period without a statement does not stop the case; the record says so. */
  @Test
  void aSubjectSilentUntilTheStatementPeriodEndsIsDecidedUponAsNotHavingStated() {
    CaseRecord c = atPunishment();
    driver.proposePunishment(c, "PUBLICITY");
    driver.fireDeadline(c, "statement");

    assertThat(instance(c)).hasPassed("Event_StatementPeriodPassed", "Task_RecordStatementLapsed")
        .isWaitingAt("Task_DecidePunishment");
    assertThat(driver.priorNotices.statement(c.caseNo()).orElseThrow().outcome()).isEqualTo(PriorNotices.Outcome.LAPSED);
    assertThat(processEngine.getFormService().getTaskFormVariables(driver.task(c, "Task_DecidePunishment").getId())
        .get("statementText")).asString().contains("逾期未陈述申辩");
    assertThatThrownBy(() -> driver.statements.state(c.caseNo(), new CaseRequests.Statement("晚了", false)))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("statement-period-passed"));

    driver.complete(c, "Task_DecidePunishment", "approver", Map.of("punishmentMeasures", List.of("PUBLICITY"),
        "punishmentBasis", "《信用承诺管理办法》"));

    assertEnded(c, EndState.PUNISHED);
    assertThat(text(c, DocumentType.PUNISHMENT_DECISION)).contains("未提出陈述、申辩");
  }

  /** 行政处罚法 第六十三条、第六十四条、第六十五条: a revocation may be heard; the decision waits for the hearing record. */
  @Test
  void aRevocationTheSubjectAsksToBeHeardOnIsDecidedOnlyAfterTheHearingRecord() {
    CaseRecord c = atPunishment();
    driver.proposePunishment(c, "REVOKE_LICENCE", "PUBLICITY");
    assertThat(text(c, DocumentType.PRIOR_NOTICE)).contains("撤销行政许可", "有权要求听证");

    driver.statements.state(c.caseNo(), new CaseRequests.Statement("不服撤销许可，要求听证", true));
    driver.runJobs(c);
    assertThat(instance(c)).isWaitingAt("Task_RecordHearing");
    assertThat(driver.deadlines.list(c.caseNo()).stream().filter(d -> d.kind().equals("statement")))
        .allMatch(d -> d.status() != DeadlineStatus.SCHEDULED);
    assertThatThrownBy(() -> driver.complete(c, "Task_RecordHearing", "approver", Map.of(
        "hearingDate", driver.today().plusDays(3).toString(), "hearingSummary", "尚未举行")))
        .hasMessageContaining("hearing date");
    assertThat(instance(c)).isWaitingAt("Task_RecordHearing");

    driver.complete(c, "Task_RecordHearing", "approver", Map.of("hearingDate", driver.today().toString(),
        "hearingSummary", "当事人承认拒绝整改，称经营困难；调查人员出示核查记录"));
    assertThat(instance(c)).hasPassed("Task_RecordHearing").isWaitingAt("Task_DecidePunishment");
    assertThat(processEngine.getFormService().getTaskFormVariables(driver.task(c, "Task_DecidePunishment").getId())
        .get("hearingText")).asString().contains("调查人员出示核查记录");
    assertThat(driver.priorNotices.hearing(c.caseNo()).orElseThrow().recordedBy()).isEqualTo("approver");

    driver.complete(c, "Task_DecidePunishment", "approver", Map.of("punishmentMeasures",
        List.of("REVOKE_LICENCE", "PUBLICITY"), "punishmentBasis", "《信用承诺管理办法》",
        "statementAnswer", "经听证，拒绝整改的事实清楚，经营困难不构成不予惩戒的理由"));

    assertEnded(c, EndState.PUNISHED);
    assertThat(caseDocuments.latest(c.caseNo(), DocumentType.LICENCE_DECISION).orElseThrow().valid()).isFalse();
    assertThat(text(c, DocumentType.PUNISHMENT_DECISION)).contains("举行了听证", "经营困难");
  }

  @Test
  void overdueDecisionIsEscalatedAndStaysOpen() {
    CaseRecord c = driver.apply(driver.subject("AA"), FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    driver.fireDeadline(c, "decision");
    assertThat(instance(c)).isWaitingAt("Task_MakeDecision");
    assertThat(mailTypes(c)).contains("ESCALATION");
    driver.approve(c);
    assertThat(instance(c)).isWaitingAt("Task_InspectFulfilment");
  }

  /**
   * 失信惩戒决定期限 (by analogy with 中华人民共和国行政处罚法 第六十条): no step of the model waits for it, so when it passes
   * the department's approvers and the credit office are told (督办) and the decision stays open; suspending the licence
   * decision period has nothing to do with it.
   */
  @Test
  void anOverduePunishmentDecisionIsEscalatedToTheApproversAndTheCreditOfficeAndStaysOpen() {
    CaseRecord c = atPunishment();
    driver.heardWithoutStatement(c);
    assertThat(instance(c)).isWaitingAt("Task_DecidePunishment");

    driver.fireDeadline(c, CaseDeadlineKinds.PUNISHMENT_DECISION);

    assertThat(instance(c)).isWaitingAt("Task_DecidePunishment");
    assertThat(notifications.forCase(c.caseNo())).filteredOn(n -> "ESCALATION".equals(n.type().name()))
        .as("the approvers and the credit office").isNotEmpty()
        .allSatisfy(n -> assertThat(n.body()).contains("作出失信惩戒决定"));
    assertThat(jdbc.queryForList("select details from audit_event where ref = ? and type = 'deadline.fired'",
        String.class, c.caseNo())).filteredOn(d -> d.contains(CaseDeadlineKinds.PUNISHMENT_DECISION)).singleElement()
        .asString().contains("\"escalatedTo\":\"approver-scjg\"");
    driver.complete(c, "Task_DecidePunishment", "approver", Map.of("punishmentMeasures", List.of("PUBLICITY"),
        "punishmentBasis", "普政数局〔2022〕25号 二（三）"));
    assertEnded(c, EndState.PUNISHED);
  }

  @Test
  void aaaApplicantWithMissingMaterialsSuppliesThemAndEndsFulfilled() {
    CaseRecord c = signedAndApproved("AAA", FOOD, CommitmentType.TOLERATE_MISSING, "食品安全管理制度文本");
    assertThat(instance(c)).isWaitingAt("Task_AwaitMaterials");
    driver.operations.supplement(c.caseNo(), new CaseRequests.Supplement(List.of("食品安全管理制度文本")));
    driver.runJobs(c);
    assertThat(instance(c)).isWaitingAt("Task_InspectFulfilment");
    driver.inspect(c, "Task_InspectFulfilment", true);
    assertEnded(c, EndState.FULFILLED);
  }

  @Test
  void missedMaterialsDeadlineLeadsToRectificationAndReinspectionThenFulfilledAfterRectification() {
    CaseRecord c = signedAndApproved("AAA", FOOD, CommitmentType.TOLERATE_MISSING, "食品安全管理制度文本");
    driver.fireDeadline(c, "materials");
    assertThat(instance(c)).isWaitingAt("Task_AwaitRectification");
    assertThat(mailTypes(c)).contains("RECTIFICATION_NOTICE");
    driver.operations.submitRectification(c.caseNo(), new CaseRequests.Rectification("已补交管理制度文本", false));
    driver.runJobs(c);
    driver.inspect(c, "Task_Reinspect", true);
    assertEnded(c, EndState.FULFILLED_AFTER_RECTIFICATION);
  }

  @Test
  void nonCompliantLicenseeWhoRefusesRectificationIsPunishedAndBarredNextTime() {
    CaseRecord c = signedAndApproved("AA", FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.inspect(c, "Task_InspectFulfilment", false);
    assertThat(instance(c)).isWaitingAt("Task_AwaitRectification");
    driver.operations.submitRectification(c.caseNo(), new CaseRequests.Rectification(null, true));
    driver.runJobs(c);
    driver.heardWithoutStatement(c);
    driver.complete(c, "Task_DecidePunishment", "approver", Map.of(
        "punishmentMeasures", List.of("REVOKE_LICENCE", "NO_COMMITMENT_MODE", "PUBLICITY"), "barMonths", 24,
        "punishmentBasis", "《信用承诺管理办法》"));
    assertEnded(c, EndState.PUNISHED);
    assertThat(driver.registry.profile(c.applicantCode()).hasActiveDishonestyRecord()).isTrue();
    assertThat(mailTypes(c)).contains("PUNISHMENT_NOTICE");

    CaseRecord next = driver.apply(c.applicantCode(), FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(next);
    assertEnded(next, EndState.STANDARD_REVIEW);
    assertThat(driver.reload(next).eligibilityReason()).contains("失信");
  }

  @Test
  void missedRectificationDeadlineLeadsToPunishment() {
    CaseRecord c = signedAndApproved("AA", FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.inspect(c, "Task_InspectFulfilment", false);
    driver.fireDeadline(c, "rectification");
    assertThat(instance(c)).isWaitingAt("Task_ProposePunishment");
  }

  @Test
  void failedReinspectionLeadsToPunishment() {
    CaseRecord c = signedAndApproved("AA", FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.inspect(c, "Task_InspectFulfilment", false);
    driver.operations.submitRectification(c.caseNo(), new CaseRequests.Rectification("已调整", false));
    driver.runJobs(c);
    driver.inspect(c, "Task_Reinspect", false);
    assertThat(instance(c)).isWaitingAt("Task_ProposePunishment");
  }

  @Test
  void failedPushBecomesAnIncidentAndContinuesOnceResolvedWithoutPushingTwice() {
    CaseRecord c = driver.apply(driver.subject("AA"), FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    platform.failNext(100);
    driver.approve(c);
    assertThat(instance(c)).isWaitingAt("Task_PushCommitment");
    assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(c.processInstanceId())
        .singleResult().getRetries()).as("retried on the configured cycle").isEqualTo(4);
    driver.exhaustRetries(c);
    Incident incident = processEngine.getRuntimeService().createIncidentQuery()
        .processInstanceId(c.processInstanceId()).singleResult();
    assertThat(incident).isNotNull();
    assertThat(incident.getIncidentMessage()).contains("Simulated outage");

    platform.heal();
    // the operator's "retry" in Cockpit
    processEngine.getManagementService().setJobRetries(incident.getConfiguration(), 1);
    processEngine.getManagementService().setJobDuedate(incident.getConfiguration(), new java.util.Date());
    driver.runJobs(c);
    assertThat(instance(c)).isWaitingAt("Task_InspectFulfilment");
    assertThat(jdbc.queryForObject("select count(*) from credit_pushed_record where idempotency_key = ?",
        Integer.class, c.caseNo() + ":commitment")).isEqualTo(1);
  }

  @Test
  void userOutsideTheCandidateGroupCannotCompleteTheTask() {
    CaseRecord c = driver.apply(driver.subject("AA"), FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    assertThatThrownBy(() -> driver.complete(c, "Task_NotifyConditions", "inspector",
        Map.of("conditionsNotified", true, "notifyChannel", "WINDOW"))).isInstanceOf(AuthorizationException.class);
    assertThat(instance(c)).isWaitingAt("Task_NotifyConditions");
  }

  @Autowired org.springframework.context.ApplicationEventPublisher events;
  @Autowired org.springframework.transaction.support.TransactionTemplate transaction;

  @Test
  void remindersGoToTheApplicantForMaterialsAndToTheDepartmentForDecisions() {
    CaseRecord c = signedAndApproved("AAA", FOOD, CommitmentType.TOLERATE_MISSING, "食品安全管理制度文本");
    var materials = driver.deadlines.list(c.caseNo()).stream().filter(d -> d.kind().equals("materials")).findFirst()
        .orElseThrow();
    transaction.executeWithoutResult(s -> events.publishEvent(new org.creditcommitment.deadline.DeadlineReminderDue(
        c.processInstanceId(), c.caseNo(), "materials", materials.due())));
    transaction.executeWithoutResult(s -> events.publishEvent(new org.creditcommitment.deadline.DeadlineReminderDue(
        c.processInstanceId(), c.caseNo(), "decision", materials.due())));
    var mails = notifications.forCase(c.caseNo());
    assertThat(mails).anyMatch(m -> m.type().name().equals("MATERIALS_REMINDER")
        && m.recipient().equals(c.applicantEmail()) && m.body().contains("食品安全管理制度文本"));
    assertThat(mails).anyMatch(m -> m.type().name().equals("DEADLINE_REMINDER") && m.recipient().equals("approver@demo.local"));
  }

  @Test
  void approvalGoesToTheItemsDepartment() {
    CaseRecord c = signedAndApprovedUpToDecision();
    assertThat(processEngine.getTaskService().getIdentityLinksForTask(driver.task(c, "Task_MakeDecision").getId()))
        .anyMatch(l -> "approver-scjg".equals(l.getGroupId()));
  }

  private CaseRecord signedAndApprovedUpToDecision() {
    CaseRecord c = driver.apply(driver.subject("AA"), FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    return c;
  }

}
