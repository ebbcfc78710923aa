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

  @AfterEach
  void healPlatform() {
    platform.heal();
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

    assertThat(instance(c)).hasPassed("Task_NotifyFalseCommitmentDenial").isWaitingAt("Task_DecidePunishment");
    assertThat(driver.reload(c).licenceNo()).isNull();
    assertThat(driver.reload(c).decidedAt()).isNotNull();
    assertThat(IssuedPdfs.text(documentService, caseDocuments.latest(c.caseNo(), DocumentType.DENIAL_DECISION)
        .orElseThrow())).contains("不予行政许可", "租赁合同系伪造", "虚假材料", "记入", "及时公开");
    // no licence was granted: there is none to revoke
    assertThatThrownBy(() -> driver.complete(c, "Task_DecidePunishment", "approver", Map.of(
        "punishmentMeasures", List.of("REVOKE_LICENCE", "PUBLICITY"), "punishmentBasis", "普政数局〔2022〕25号")))
        .hasMessageContaining("REVOKE_LICENCE");
    assertThat(instance(c)).isWaitingAt("Task_DecidePunishment");

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
        .hasNotPassed("Task_IssueRectificationNotice").isWaitingAt("Task_DecidePunishment");
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
    assertThat(instance(c)).isWaitingAt("Task_DecidePunishment");
  }

  @Test
  void failedReinspectionLeadsToPunishment() {
    CaseRecord c = signedAndApproved("AA", FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.inspect(c, "Task_InspectFulfilment", false);
    driver.operations.submitRectification(c.caseNo(), new CaseRequests.Rectification("已调整", false));
    driver.runJobs(c);
    driver.inspect(c, "Task_Reinspect", false);
    assertThat(instance(c)).isWaitingAt("Task_DecidePunishment");
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
