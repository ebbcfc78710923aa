package org.creditcommitment.commitment;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.Incident;
import org.creditcommitment.FlakyCreditPlatform;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.credit.adapters.NewSubject;
import org.creditcommitment.subject.SubjectType;
import org.creditcommitment.subject.TestCodes;
import org.springframework.stereotype.Component;

/**
 * Cases for the audit tests (another package): walks built on {@link LifecycleDriver}, so the audit tests
 * see real histories without reaching into the lifecycle's package-private API.
 */
@Component
public class AuditedCases {

  public static final String FOOD = "SCJG-SP-001";
  /** 道路普通货物运输经营许可: three levels (承办 approver-jtj, 审核 reviewer-jtj, 批准 leader-jtj). */
  public static final String FREIGHT = "JTJ-HY-001";

  private final LifecycleDriver driver;
  private final FlakyCreditPlatform platform;
  private final CaseStatements statements;

  AuditedCases(LifecycleDriver driver, FlakyCreditPlatform platform, CaseStatements statements) {
    this.driver = driver;
    this.platform = platform;
    this.statements = statements;
  }

  /**
   * A case that passed every kind of step: credit query and DMN, a user task with form values, a task
   * claimed before completion, the online signature (message), deadlines set, cancelled and fired (the
   * decision deadline escalates), mails queued, a push that failed into an incident which an operator
   * (admin) resolved by retrying, the inspection, and the end FULFILLED.
   */
  public CaseRecord everyKindOfStep() {
    return everyKindOfStep(driver.subject("AA"));
  }

  public CaseRecord everyKindOfStep(String applicantCode) {
    CaseRecord c = driver.apply(applicantCode, FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    as("clerk", () -> driver.engine.getTaskService().claim(driver.task(c, "Task_AcceptApplication").getId(), "clerk"));
    driver.accept(c);
    driver.fireDeadline(c, "decision");
    platform.failNext(100);
    try {
      driver.approve(c);
      driver.exhaustRetries(c);
    } finally {
      platform.heal();
    }
    Incident incident = driver.engine.getRuntimeService().createIncidentQuery()
        .processInstanceId(c.processInstanceId()).singleResult();
    if (incident == null) {
      throw new AssertionError("The failed push should have left an incident");
    }
    as("admin", () -> {
      driver.engine.getManagementService().setJobRetries(incident.getConfiguration(), 1);
      driver.engine.getManagementService().setJobDuedate(incident.getConfiguration(), new Date());
    });
    driver.runJobs(c);
    driver.inspect(c, "Task_InspectFulfilment", true);
    return driver.reload(c);
  }

  /** A case the applicant withdrew while it waited for the signature. */
  public CaseRecord withdrawn() {
    CaseRecord c = driver.apply(driver.subject("AA"), FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.operations.withdraw(c.caseNo(), new CaseRequests.Withdraw("暂不经营"));
    driver.runJobs(c);
    return driver.reload(c);
  }

  /** A case of a B-grade applicant: straight to standard review. */
  public CaseRecord standardReview(String applicantCode) {
    CaseRecord c = driver.apply(applicantCode, FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    return driver.reload(c);
  }

  /** A case waiting for the conditions to be notified. */
  public CaseRecord started(String applicantCode) {
    CaseRecord c = driver.apply(applicantCode, FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    return driver.reload(c);
  }

  public void notifyConditions(CaseRecord c) {
    driver.notifyConditions(c);
  }

  /** A case waiting for the clerk's acceptance review: notified, signed online. */
  public CaseRecord atAcceptance(String applicantCode) {
    CaseRecord c = started(applicantCode);
    driver.notifyConditions(c);
    driver.signOnline(c);
    return driver.reload(c);
  }

  /** A case of the three-level item whose 承办 forwarded it: waiting at 审核 (Task_ReviewDecision, reviewer-jtj). */
  public CaseRecord atDecisionReview(String applicantCode) {
    CaseRecord c = driver.apply(applicantCode, FREIGHT, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    forward(c, ReviewOutcome.TASK);
    return driver.reload(c);
  }

  /**
   * A case of the three-level item refused in levels for a false commitment, its subject heard without a statement,
   * its punishment forwarded by 承办: waiting at the punishment's 审核 (Task_ReviewPunishment, reviewer-jtj).
   */
  public CaseRecord atPunishmentReview(String applicantCode) {
    CaseRecord c = atDecisionReview(applicantCode);
    forward(c, ReviewOutcome.TASK);
    driver.complete(c, "Task_MakeDecision", "leader", Map.of("decision", FalseCommitment.DECISION,
        "falseCommitmentFindings", "车辆行驶证系伪造", "decisionOpinion", "承诺不实，不予许可"));
    driver.heardWithoutStatement(c);
    forward(c, ApprovalPhase.PUNISHMENT.reviewTask());
    return driver.reload(c);
  }

  private void forward(CaseRecord c, String reviewStep) {
    driver.complete(c, reviewStep, "approver", Map.of("approvalChoice", "FORWARD", "approvalOpinion", "拟同意"));
  }

  /** A case waiting for its department's decision: notified, signed online, accepted. */
  public CaseRecord atDecision(String applicantCode) {
    CaseRecord c = started(applicantCode);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    return driver.reload(c);
  }

  /** A case waiting for its follow-up inspection (approved, pushed, drawn for inspection). */
  public CaseRecord atInspection(String applicantCode) {
    CaseRecord c = atDecision(applicantCode);
    driver.approve(c);
    return driver.reload(c);
  }

  /**
   * A licensee punished after being heard: refused rectification, 撤销行政许可 proposed, the subject's statement with a
   * hearing request through the portal, the hearing record entered, the decision answering the statement.
   */
  public CaseRecord punishedAfterAHearing() {
    CaseRecord c = atPunishmentProposal(driver.subject("AA"));
    driver.proposePunishment(c, "REVOKE_LICENCE", "PUBLICITY");
    return driver.reload(c);
  }

  /** A licensee's case waiting for 拟定惩戒措施: found non-compliant, the rectification refused. */
  public CaseRecord atPunishmentProposal(String applicantCode) {
    CaseRecord c = atInspection(applicantCode);
    driver.inspect(c, "Task_InspectFulfilment", false);
    driver.operations.submitRectification(c.caseNo(), new CaseRequests.Rectification(null, true));
    driver.runJobs(c);
    return driver.reload(c);
  }

  /**
   * A case waiting for 录入听证笔录: 撤销行政许可 proposed, the prior notice served, the subject's statement with a
   * hearing request received.
   */
  public CaseRecord atHearingRecord(String applicantCode) {
    CaseRecord c = atPunishmentProposal(applicantCode);
    driver.proposePunishment(c, "REVOKE_LICENCE", "PUBLICITY");
    statements.state(c.caseNo(), new CaseRequests.Statement("整改确有困难，请求听证", true));
    driver.runJobs(c);
    return driver.reload(c);
  }

  /** Completes 录入听证笔录 and 决定惩戒措施 of a case whose subject asked for a hearing. */
  public CaseRecord heardAndDecided(CaseRecord c) {
    driver.complete(c, "Task_RecordHearing", "approver", Map.of("hearingDate", driver.today().toString(),
        "hearingSummary", "当事人到场陈述经营困难"));
    driver.complete(c, "Task_DecidePunishment", "approver", Map.of("punishmentMeasures",
        List.of("REVOKE_LICENCE", "PUBLICITY"), "punishmentBasis", "《信用承诺管理办法》",
        "statementAnswer", "经营困难不构成不予惩戒的理由"));
    return driver.reload(c);
  }

  public String subject(String grade) {
    return driver.subject(grade);
  }

  /** A legal person with a name of the caller's choice (e.g. one holding markup). */
  public String subjectNamed(String name, String grade) {
    String code = TestCodes.uscc();
    driver.registry.createSubject(new NewSubject(code, SubjectType.LEGAL, name, "applicant-" + code + "@example.test",
        grade));
    return code;
  }

  private void as(String user, Runnable call) {
    IdentityService identity = driver.engine.getIdentityService();
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
    identity.setAuthentication(user, groups);
    try {
      call.run();
    } finally {
      identity.clearAuthentication();
    }
  }
}
