package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.deadline.DeadlineReminderDue;
import org.creditcommitment.notification.Notifications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** The last day a reminder names is the day the deadline passes on, whatever the unit of its period. */
class CaseRemindersTest extends IntegrationTest {

  @Autowired CaseScenarios scenarios;
  @Autowired Notifications notifications;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;

  @Test
  void anHourBasedDeadlineIsRemindedWithTheDayItPassesOnAsItsLastDay() {
    CaseRecord c = scenarios.awaitingDecision("SCJG-SP-001");
    Instant due = Instant.parse("2026-03-05T07:30:00Z"); // 15:30 in Shanghai: an hour-based period passes that day
    transaction.executeWithoutResult(s -> events.publishEvent(
        new DeadlineReminderDue(c.processInstanceId(), c.caseNo(), "decision", due)));

    var reminders = notifications.forCase(c.caseNo()).stream()
        .filter(n -> n.type().name().equals("DEADLINE_REMINDER") && n.body().contains("作出行政决定")).toList();
    assertThat(reminders).isNotEmpty();
    assertThat(reminders).allSatisfy(n -> assertThat(n.body()).contains("2026年3月5日").doesNotContain("2026年3月4日"));
  }

  @Test
  void aDayBasedDeadlineIsRemindedWithTheDayBeforeItsMidnight() {
    CaseRecord c = scenarios.awaitingDecision("SCJG-SP-001");
    Instant due = Instant.parse("2026-03-04T16:00:00Z"); // 2026-03-05 00:00 in Shanghai: last day 2026-03-04
    transaction.executeWithoutResult(s -> events.publishEvent(
        new DeadlineReminderDue(c.processInstanceId(), c.caseNo(), "decision", due)));

    var reminders = notifications.forCase(c.caseNo()).stream()
        .filter(n -> n.type().name().equals("DEADLINE_REMINDER") && n.body().contains("作出行政决定")).toList();
    assertThat(reminders).isNotEmpty();
    assertThat(reminders).allSatisfy(n -> assertThat(n.body()).contains("2026年3月4日"));
  }
}
