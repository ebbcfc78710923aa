package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.deadline.DeadlineService;
import org.creditcommitment.deadline.DeadlineStatus;
import org.creditcommitment.deadline.DeadlineView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A task that waits under a deadline carries it as its due date, so Tasklist sorts and marks by urgency. */
class TaskDueDatesTest extends IntegrationTest {

  @Autowired LifecycleDriver driver;
  @Autowired DeadlineService deadlines;
  @Autowired WorkingDayCalendar calendar;

  @Test
  void theDecisionTaskIsDueWhenTheDecisionDeadlinePassesAndFollowedUpAtItsReminder() {
    CaseRecord c = driver.apply(driver.subject("AA"), AuditedCases.FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    assertThat(driver.task(c, "Task_NotifyConditions").getDueDate()).as("no deadline runs yet: due the same working day")
        .isEqualTo(Date.from(calendar.dueAfterWorkingDays(clock.instant(), 0).instant()));
    driver.notifyConditions(c);
    Task signature = driver.task(c, "Task_AwaitSignature");
    assertThat(signature.getDueDate().toInstant()).isEqualTo(active(c, "signing").due());
    driver.signOnline(c);
    driver.accept(c);

    Task decision = driver.task(c, "Task_MakeDecision");
    DeadlineView deadline = active(c, "decision");

    assertThat(decision.getDueDate().toInstant()).isEqualTo(deadline.due());
    assertThat(decision.getFollowUpDate()).isNotNull();
    assertThat(decision.getFollowUpDate().toInstant()).isBefore(deadline.due());
  }

  /**
   * 失信惩戒决定期限 (by analogy with 中华人民共和国行政处罚法 第六十条: 90 days from 立案): counted from the case entering
   * 失信惩戒, it dates every task of the phase, the hearing record included, and ends with the decision.
   */
  @Test
  void theTasksOfThePunishmentPhaseAreDueAtTheEndOfThePunishmentDecisionPeriod() {
    CaseRecord c = approvedAndRefusingRectification();
    DeadlineView period = active(c, PUNISHMENT_DECISION);
    assertThat(period.dueDate()).as("P90D, counted in calendar days from the breach found")
        .isEqualTo(period.createdAt().atZone(WorkingDayCalendar.ZONE).toLocalDate().plusDays(90));
    assertDueAtTheEndOf(period, driver.task(c, "Task_ProposePunishment"));

    driver.proposePunishment(c, "REVOKE_LICENCE", "PUBLICITY");
    driver.statements.state(c.caseNo(), new CaseRequests.Statement("不服撤销许可，要求听证", true));
    driver.runJobs(c);
    assertDueAtTheEndOf(period, driver.task(c, "Task_RecordHearing"));

    driver.complete(c, "Task_RecordHearing", "approver", Map.of("hearingDate", driver.today().toString(),
        "hearingSummary", "当事人承认拒绝整改"));
    assertDueAtTheEndOf(period, driver.task(c, "Task_DecidePunishment"));
    assertThat(active(c, PUNISHMENT_DECISION).id()).as("the same period throughout the phase").isEqualTo(period.id());

    driver.complete(c, "Task_DecidePunishment", "approver", Map.of("punishmentMeasures",
        List.of("REVOKE_LICENCE", "PUBLICITY"), "punishmentBasis", "普政数局〔2022〕25号 二（三）",
        "statementAnswer", "经听证，拒绝整改的事实清楚"));
    assertThat(deadlines.list(c.caseNo()).stream().filter(d -> d.kind().equals(PUNISHMENT_DECISION)))
        .as("decided in time: the period ends without firing").singleElement()
        .extracting(DeadlineView::status).isEqualTo(DeadlineStatus.CANCELLED);
  }

  /** Each level of a leveled punishment decision (逐级审批) is due at the same end: a level or a return buys no time. */
  @Test
  void theLevelsOfAPunishmentDecisionAreDueAtTheEndOfThePunishmentDecisionPeriod() {
    CaseRecord c = driver.apply(driver.subject("AA"), "JTJ-HY-001", CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    for (String opinion : List.of("拟同意", "同意")) {
      driver.complete(c, "Task_ReviewDecision", "approver", Map.of("approvalChoice", "FORWARD",
          "approvalOpinion", opinion));
    }
    driver.complete(c, "Task_MakeDecision", "leader", Map.of("decision", "DENY_FALSE_COMMITMENT",
        "falseCommitmentFindings", "车辆行驶证系伪造", "decisionOpinion", "不予许可"));
    DeadlineView period = active(c, PUNISHMENT_DECISION);
    driver.heardWithoutStatement(c);
    assertDueAtTheEndOf(period, driver.task(c, "Task_ReviewPunishment"));

    driver.complete(c, "Task_ReviewPunishment", "approver", Map.of("approvalChoice", "FORWARD",
        "approvalOpinion", "拟同意"));
    driver.complete(c, "Task_ReviewPunishment", "approver", Map.of("approvalChoice", "RETURN",
        "approvalOpinion", "措施依据不明", "returnReason", "请说明依据"));
    assertDueAtTheEndOf(period, driver.task(c, "Task_ReviewPunishment"));
    assertThat(active(c, PUNISHMENT_DECISION).id()).isEqualTo(period.id());
  }

  private static final String PUNISHMENT_DECISION = "punishmentDecision";

  /** A case whose licence was granted and whose subject refused to rectify: waiting at 拟定惩戒措施. */
  private CaseRecord approvedAndRefusingRectification() {
    CaseRecord c = driver.apply(driver.subject("AA"), AuditedCases.FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    driver.approve(c);
    driver.inspect(c, "Task_InspectFulfilment", false);
    driver.operations.submitRectification(c.caseNo(), new CaseRequests.Rectification(null, true));
    driver.runJobs(c);
    return c;
  }

  private static void assertDueAtTheEndOf(DeadlineView period, Task task) {
    assertThat(task.getDueDate()).as(task.getTaskDefinitionKey() + " is due").isNotNull();
    assertThat(task.getDueDate().toInstant()).isEqualTo(period.due());
    assertThat(task.getFollowUpDate()).as("followed up at the reminder").isNotNull();
    assertThat(task.getFollowUpDate().toInstant()).isBefore(period.due());
  }

  private DeadlineView active(CaseRecord c, String kind) {
    return deadlines.list(c.caseNo()).stream().filter(d -> d.kind().equals(kind) && d.cancelledAt() == null
        && d.firedAt() == null).findFirst().orElseThrow();
  }
}
