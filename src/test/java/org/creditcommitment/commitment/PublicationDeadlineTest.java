package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.runtime.Job;
import org.creditcommitment.FlakyCreditPlatform;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.deadline.DeadlineStatus;
import org.creditcommitment.deadline.DeadlineView;
import org.creditcommitment.notification.NotificationType;
import org.creditcommitment.notification.Notifications;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 7个工作日内上网公开 (汕府办函〔2021〕17号 (二十一)): a licensing decision is published (pushed) within 7 working days;
 * the deadline starts with the decision, counts the official holidays, ends with the push, and tells the credit
 * office when it passes first.
 */
class PublicationDeadlineTest extends IntegrationTest {

  @Autowired LifecycleDriver driver;
  @Autowired FlakyCreditPlatform platform;
  @Autowired WorkingDayCalendar calendar;
  @Autowired Notifications notifications;

  @AfterEach
  void restore() {
    platform.heal();
    clock.reset();
  }

  @Test
  void aDecisionPublishedAtOnceMeetsItsDeadline() {
    CaseRecord c = decided();
    assertThat(publication(c).status()).isEqualTo(DeadlineStatus.CANCELLED);
    assertThat(mails(c, NotificationType.ESCALATION)).isZero();
  }

  @Test
  void aDecisionNotPublishedWithinSevenWorkingDaysAcrossTheNationalDayHolidayIsEscalatedToTheCreditOffice() {
    // 10:00 on Tuesday 2026-09-29, before 国庆节 (1–7 October off)
    clock.setInstant(Instant.parse("2026-09-29T02:00:00Z"));
    CaseRecord c = driver.apply(driver.subject("AA"), AuditedCases.FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    platform.failNext(1);
    driver.approve(c);

    DeadlineView publication = publication(c);
    assertThat(publication.status()).as("the push failed: not yet published").isEqualTo(DeadlineStatus.SCHEDULED);
    assertThat(publication.dueDate()).isEqualTo(calendar.due(publication.createdAt(), "7WD").dueDate())
        .as("the holiday does not count").isAfter(LocalDate.of(2026, 10, 12));

    driver.fireDeadline(c, "publication");
    assertThat(mails(c, NotificationType.ESCALATION)).isEqualTo(1);

    // the retried push publishes it; the case goes on
    Job push = processEngine.getManagementService().createJobQuery().processInstanceId(c.processInstanceId())
        .singleResult();
    processEngine.getManagementService().executeJob(push.getId());
    assertThat(driver.task(c, "Task_InspectFulfilment")).isNotNull();
  }

  private CaseRecord decided() {
    CaseRecord c = driver.apply(driver.subject("AA"), AuditedCases.FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    driver.approve(c);
    return c;
  }

  private DeadlineView publication(CaseRecord c) {
    return driver.deadlines.list(c.caseNo()).stream().filter(d -> d.kind().equals("publication")).reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no publication deadline for " + c.caseNo()));
  }

  private long mails(CaseRecord c, NotificationType type) {
    return notifications.forCase(c.caseNo()).stream().filter(n -> n.type() == type).count();
  }
}
