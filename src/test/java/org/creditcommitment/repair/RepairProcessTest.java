package org.creditcommitment.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.credit.DishonestyStatus;
import org.creditcommitment.deadline.DeadlineReminderDue;
import org.creditcommitment.deadline.DeadlineStatus;
import org.creditcommitment.commitment.CaseRecord;
import org.creditcommitment.commitment.CaseScenarios;
import org.creditcommitment.objection.CreditFileDriver;
import org.creditcommitment.supervision.KeySupervisionList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Every path of credit-repair.bpmn, on the real engine, delegates, registry and embedded platform. */
class RepairProcessTest extends IntegrationTest {

  static final String REVIEW = "Task_InitialReview";
  static final String VERIFY = "Task_VerifyRepair";

  @Autowired CreditFileDriver driver;
  @Autowired RepairFiling filing;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;
  @Autowired CaseScenarios scenarios;
  @Autowired KeySupervisionList keySupervision;

  private Repair file(String code, long recordId) {
    return filing.file(new RepairRequest(code, recordId, List.of("罚款缴纳凭证 0012345", "整改报告"), true, true,
        driver.signedRepairLetter(code, recordId)), "portal", RepairCommitment.Channel.ONLINE);
  }

  private void assertEnded(Repair r, RepairOutcome outcome) {
    assertThat(driver.ended(r.processInstanceId())).isTrue();
    assertThat(driver.historicVariable(r.processInstanceId(), "repairOutcome")).isEqualTo(outcome.name());
    Repair row = filing.find(r.repairNo());
    assertThat(row.outcome()).isEqualTo(outcome.name());
    assertThat(row.endedAt()).isNotNull();
    assertThat(filing.hasOpenRepair(r.recordId())).isFalse();
    assertThat(driver.mailTypes(r.repairNo())).contains("REPAIR_RESULT");
    assertThat(driver.deadlines.list(r.repairNo())).noneMatch(d -> d.status() == DeadlineStatus.SCHEDULED);
  }

  private void approve(Repair r) {
    driver.complete(r.processInstanceId(), VERIFY, "credit-office", Map.of("repairDecision", "APPROVE",
        "verificationOpinion", "已履行行政处罚决定，整改到位"));
  }

  @Test
  void completeApplicationApprovedEndsPublicityAndTheSubjectIsEligibleAgain() {
    String code = driver.subject();
    long recordId = driver.record(code);
    Repair r = file(code, recordId);
    assertThat(r.repairNo()).matches("XF\\d{14}");
    assertThat(driver.deadlines.list(r.repairNo())).singleElement()
        .satisfies(d -> assertThat(d.kind()).isEqualTo("repairReview"));
    assertThat(driver.registry.profile(code).hasActiveDishonestyRecord()).isTrue();

    driver.complete(r.processInstanceId(), REVIEW, "credit-office", Map.of("reviewResult", "COMPLETE"));
    approve(r);

    assertThat(driver.reload(recordId).status()).isEqualTo(DishonestyStatus.REPAIRED);
    assertThat(driver.registry.profile(code).hasActiveDishonestyRecord()).isFalse();
    assertThat(jdbc.queryForObject("select count(*) from credit_pushed_record where idempotency_key = ?",
        Integer.class, r.repairNo() + ":repair")).isEqualTo(1);
    assertEnded(r, RepairOutcome.REPAIRED);
  }

  @Test
  void aRepairEndsTheListingOfItsPunishment() {
    String code = scenarios.subject("AA");
    CaseRecord punished = scenarios.punished("SCJG-SP-001", code, "KEY_SUPERVISION", "PUBLICITY");
    KeySupervisionList.Listing listing = keySupervision.find(punished.caseNo(), KeySupervisionList.Cause.PUNISHMENT)
        .orElseThrow();
    assertThat(keySupervision.active(code)).isPresent();
    long recordId = Long.parseLong(listing.dishonestyRecordId());

    Repair refused = file(code, recordId);
    driver.complete(refused.processInstanceId(), REVIEW, "credit-office", Map.of("reviewResult", "COMPLETE"));
    driver.complete(refused.processInstanceId(), VERIFY, "credit-office", Map.of("repairDecision", "REFUSE",
        "refusalReason", "罚款尚未缴清"));
    assertThat(keySupervision.active(code)).as("a refused repair lifts nothing").isPresent();

    Repair r = file(code, recordId);
    driver.complete(r.processInstanceId(), REVIEW, "credit-office", Map.of("reviewResult", "COMPLETE"));
    approve(r);

    assertEnded(r, RepairOutcome.REPAIRED);
    assertThat(keySupervision.active(code)).as("the repaired record's listing ends with it").isEmpty();
    KeySupervisionList.Listing ended = keySupervision.find(punished.caseNo(), KeySupervisionList.Cause.PUNISHMENT)
        .orElseThrow();
    assertThat(ended.endedAt()).isNotNull();
    assertThat(ended.endReason()).contains(r.repairNo());
    assertThat(ended.listedUntil()).as("the planned last day stays on record").isEqualTo(listing.listedUntil());
    assertThat(jdbc.queryForObject("select count(*) from credit_pushed_record where idempotency_key = ?",
        Integer.class, punished.caseNo() + ":key-supervision-ended")).as("the end is pushed once").isEqualTo(1);
    assertThat(keySupervision.endFor(listing.dishonestyRecordId(), "again", "test")).as("ends once").isEmpty();
  }

  @Test
  void refusedRepairKeepsTheRecordAndTellsTheReason() {
    String code = driver.subject();
    long recordId = driver.record(code);
    Repair r = file(code, recordId);
    driver.complete(r.processInstanceId(), REVIEW, "credit-office", Map.of("reviewResult", "COMPLETE"));
    driver.complete(r.processInstanceId(), VERIFY, "credit-office", Map.of("repairDecision", "REFUSE",
        "refusalReason", "罚款尚未缴清"));

    assertThat(driver.reload(recordId).status()).isEqualTo(DishonestyStatus.ACTIVE);
    assertEnded(r, RepairOutcome.REFUSED);
    assertThat(filing.find(r.repairNo()).explanation()).isEqualTo("罚款尚未缴清");
    assertThat(driver.notifications.forCase(r.repairNo()).stream().filter(n -> n.type().name().equals("REPAIR_RESULT"))
        .findFirst().orElseThrow().body()).contains("不予信用修复").contains("罚款尚未缴清");
  }

  @Test
  void incompleteApplicationIsSupplementedThenVerifiedAndRepaired() {
    String code = driver.subject();
    long recordId = driver.record(code);
    Repair r = file(code, recordId);
    driver.complete(r.processInstanceId(), REVIEW, "credit-office", Map.of("reviewResult", "INCOMPLETE",
        "missingItems", "整改完成情况说明"));
    assertThat(driver.mailTypes(r.repairNo())).contains("REPAIR_SUPPLEMENT");
    assertThat(driver.deadlines.list(r.repairNo())).anyMatch(d -> d.kind().equals("supplement")
        && d.status() == DeadlineStatus.SCHEDULED);

    filing.supplement(r.repairNo(), new RepairSupplement(List.of("整改完成情况说明（盖章）"), "已补正"));
    assertThat(driver.task(r.processInstanceId(), VERIFY)).isNotNull();
    assertThat(filing.find(r.repairNo()).supplements()).containsExactly("整改完成情况说明（盖章）");
    approve(r);

    assertThat(driver.reload(recordId).status()).isEqualTo(DishonestyStatus.REPAIRED);
    assertEnded(r, RepairOutcome.REPAIRED);
  }

  @Test
  void missedSupplementDeadlineRefusesAsIncompleteAndTheRecordMayBeAppliedForAgain() {
    String code = driver.subject();
    long recordId = driver.record(code);
    Repair r = file(code, recordId);
    driver.complete(r.processInstanceId(), REVIEW, "credit-office", Map.of("reviewResult", "INCOMPLETE",
        "missingItems", "罚款缴纳凭证"));
    driver.fireDeadline(r.repairNo(), r.processInstanceId(), "supplement");

    assertEnded(r, RepairOutcome.INCOMPLETE);
    assertThat(driver.reload(recordId).status()).isEqualTo(DishonestyStatus.ACTIVE);
    assertThat(filing.find(r.repairNo()).explanation()).contains("罚款缴纳凭证");
    Repair again = file(code, recordId);
    assertThat(again.repairNo()).isNotEqualTo(r.repairNo());
  }

  @Test
  void missedInitialReviewDeadlineEscalatesByMailAndTheReviewStaysOpen() {
    String code = driver.subject();
    Repair r = file(code, driver.record(code));
    driver.fireDeadline(r.repairNo(), r.processInstanceId(), "repairReview");

    assertThat(driver.task(r.processInstanceId(), REVIEW)).isNotNull();
    assertThat(driver.mailTypes(r.repairNo())).contains("ESCALATION");
    // the review was overdue: the deadline row says so (it fired), the process keeps no flag
    assertThat(driver.deadlines.list(r.repairNo())).anyMatch(d -> d.kind().equals("repairReview")
        && d.status() == DeadlineStatus.FIRED);

    driver.complete(r.processInstanceId(), REVIEW, "credit-office", Map.of("reviewResult", "COMPLETE"));
    approve(r);
    assertEnded(r, RepairOutcome.REPAIRED);
  }

  @Test
  void reminderBeforeTheInitialReviewIsDueMailsTheCreditOfficeOnce() {
    String code = driver.subject();
    Repair r = file(code, driver.record(code));
    Instant due = Instant.parse("2026-03-04T16:00:00Z"); // 2026-03-05 00:00 in Shanghai: last day 2026-03-04
    DeadlineReminderDue reminder = new DeadlineReminderDue(r.processInstanceId(), r.repairNo(), "repairReview", due);
    transaction.executeWithoutResult(s -> events.publishEvent(reminder));
    transaction.executeWithoutResult(s -> events.publishEvent(reminder));

    var reminders = driver.notifications.forCase(r.repairNo()).stream()
        .filter(n -> n.type().name().equals("DEADLINE_REMINDER")).toList();
    assertThat(reminders).isNotEmpty();
    assertThat(reminders.stream().map(n -> n.recipient()).distinct().count()).isEqualTo(reminders.size());
    assertThat(reminders.get(0).body()).contains("初审信用修复申请").contains("2026年3月4日");
  }
}
