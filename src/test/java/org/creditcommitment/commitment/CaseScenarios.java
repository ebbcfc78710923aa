package org.creditcommitment.commitment;

import java.util.List;
import java.util.Map;

import org.creditcommitment.FlakyCreditPlatform;
import org.creditcommitment.catalogue.CommitmentType;
import org.springframework.stereotype.Component;

/**
 * Whole cases to a known outcome, for tests outside this package (statistics, reports): each method
 * walks one new case on the given item with {@link LifecycleDriver} and returns it as stored. The item
 * must offer NOTIFY_COMMIT (and TOLERATE_MISSING for {@link #awaitingMaterials}).
 */
@Component
public class CaseScenarios {

  private final LifecycleDriver driver;
  private final FlakyCreditPlatform platform;

  CaseScenarios(LifecycleDriver driver, FlakyCreditPlatform platform) {
    this.driver = driver;
    this.platform = platform;
  }

  private CaseRecord approved(String item, String grade, CommitmentType type, String... missing) {
    return approvedFor(driver.subject(grade), item, type, missing);
  }

  private CaseRecord approvedFor(String applicantCode, String item, CommitmentType type, String... missing) {
    CaseRecord c = signedFor(applicantCode, item, type, missing);
    driver.accept(c);
    driver.approve(c);
    return c;
  }

  private CaseRecord signed(String item, String grade, CommitmentType type, String... missing) {
    return signedFor(driver.subject(grade), item, type, missing);
  }

  private CaseRecord signedFor(String applicantCode, String item, CommitmentType type, String... missing) {
    CaseRecord c = driver.apply(applicantCode, item, type, missing);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    return c;
  }

  /** Approved, inspected compliant: FULFILLED. */
  public CaseRecord fulfilled(String item) {
    CaseRecord c = approved(item, "AA", CommitmentType.NOTIFY_COMMIT);
    driver.inspect(c, "Task_InspectFulfilment", true);
    return driver.reload(c);
  }

  /**
   * FULFILLED like {@link #fulfilled(String)}, for a subject the caller created in the credit registry (a natural
   * person, a name of its choice); it must hold a grade that may use commitment mode (AA or better).
   */
  public CaseRecord fulfilled(String item, String applicantCode) {
    CaseRecord c = approvedFor(applicantCode, item, CommitmentType.NOTIFY_COMMIT);
    driver.inspect(c, "Task_InspectFulfilment", true);
    return driver.reload(c);
  }

  /** Signed and accepted, waiting for the approver's decision: running, nothing decided or pushed. */
  public CaseRecord awaitingDecision(String item) {
    CaseRecord c = signed(item, "AA", CommitmentType.NOTIFY_COMMIT);
    driver.accept(c);
    return driver.reload(c);
  }

  /** Approved, inspected non-compliant: waiting for the applicant's rectification. */
  public CaseRecord awaitingRectification(String item) {
    CaseRecord c = approved(item, "AA", CommitmentType.NOTIFY_COMMIT);
    driver.inspect(c, "Task_InspectFulfilment", false);
    return driver.reload(c);
  }

  /** Inspected non-compliant, rectified, re-inspected compliant: FULFILLED_AFTER_RECTIFICATION. */
  public CaseRecord fulfilledAfterRectification(String item) {
    CaseRecord c = approved(item, "AA", CommitmentType.NOTIFY_COMMIT);
    driver.inspect(c, "Task_InspectFulfilment", false);
    driver.operations.submitRectification(c.caseNo(), new CaseRequests.Rectification("已按要求整改", false));
    driver.runJobs(c);
    driver.inspect(c, "Task_Reinspect", true);
    return driver.reload(c);
  }

  /** Inspected non-compliant, rectification refused, punishment decided: PUNISHED. */
  public CaseRecord punishedAfterRefusingRectification(String item) {
    CaseRecord c = approved(item, "AA", CommitmentType.NOTIFY_COMMIT);
    driver.inspect(c, "Task_InspectFulfilment", false);
    driver.operations.submitRectification(c.caseNo(), new CaseRequests.Rectification(null, true));
    driver.runJobs(c);
    driver.heardWithoutStatement(c);
    driver.complete(c, "Task_DecidePunishment", "approver", Map.of("punishmentMeasures", List.of("PUBLICITY"),
        "barMonths", 12, "punishmentBasis", "《信用承诺管理办法》"));
    return driver.reload(c);
  }

  /**
   * PUNISHED like {@link #punishedAfterRefusingRectification(String)}, for a subject the caller created, with these
   * measures (names of {@link PunishmentMeasure}).
   */
  public CaseRecord punished(String item, String applicantCode, String... measures) {
    CaseRecord c = approvedFor(applicantCode, item, CommitmentType.NOTIFY_COMMIT);
    driver.inspect(c, "Task_InspectFulfilment", false);
    driver.operations.submitRectification(c.caseNo(), new CaseRequests.Rectification(null, true));
    driver.runJobs(c);
    driver.heardWithoutStatement(c);
    driver.complete(c, "Task_DecidePunishment", "approver", Map.of("punishmentMeasures", List.of(measures),
        "barMonths", 12, "punishmentBasis", "《义马市政务领域开展信用承诺改革工作方案（试行）》四（七）"));
    return driver.reload(c);
  }

  /** A new legal person of this grade in the credit registry. */
  public String subject(String grade) {
    return driver.subject(grade);
  }

  /** A B-grade applicant: not eligible, STANDARD_REVIEW. */
  public CaseRecord notEligible(String item) {
    CaseRecord c = driver.apply(driver.subject("B"), item, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    return driver.reload(c);
  }

  /** Withdrawn while waiting for the signature: WITHDRAWN. */
  public CaseRecord withdrawn(String item) {
    CaseRecord c = driver.apply(driver.subject("AA"), item, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.operations.withdraw(c.caseNo(), new CaseRequests.Withdraw("暂不经营"));
    driver.runJobs(c);
    return driver.reload(c);
  }

  /** Not accepted by the clerk after signing: DENIED, without a licence. */
  public CaseRecord notAccepted(String item) {
    CaseRecord c = signed(item, "AA", CommitmentType.NOTIFY_COMMIT);
    driver.complete(c, "Task_AcceptApplication", "clerk", Map.of("acceptanceDecision", "REJECT",
        "rejectionReason", "材料与实际不符"));
    return driver.reload(c);
  }

  /** The letter was never signed: ABANDONED. */
  public CaseRecord abandoned(String item) {
    CaseRecord c = driver.apply(driver.subject("AA"), item, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.fireDeadline(c, "signing");
    return driver.reload(c);
  }

  /** AAA with a missing material, approved and pushed, still waiting for the material: running. */
  public CaseRecord awaitingMaterials(String item, String material) {
    return driver.reload(approved(item, "AAA", CommitmentType.TOLERATE_MISSING, material));
  }

  /** Approved while the credit platform is down: the push waits for a retry, the case is running. */
  public CaseRecord approvedWithPushPending(String item) {
    CaseRecord c = signed(item, "AA", CommitmentType.NOTIFY_COMMIT);
    driver.accept(c);
    platform.failNext(100);
    try {
      driver.approve(c);
    } finally {
      platform.heal();
    }
    return driver.reload(c);
  }
}
