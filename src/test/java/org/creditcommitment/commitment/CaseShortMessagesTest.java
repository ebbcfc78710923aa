package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.deadline.DeadlineReminderDue;
import org.creditcommitment.notification.NotificationChannel;
import org.creditcommitment.notification.NotificationView;
import org.creditcommitment.notification.Notifications;
import org.creditcommitment.notification.OfficialContacts;
import org.creditcommitment.security.Groups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Short messages of a case: the applicant's deadlines to the number given with the application, officials' new and
 * overdue tasks to the numbers administrators keep; each once, through the outbox of the step that caused it.
 */
class CaseShortMessagesTest extends IntegrationTest {

  private static final String ITEM = "SCJG-SP-001";

  @Autowired LifecycleDriver driver;
  @Autowired Notifications notifications;
  @Autowired OfficialContacts contacts;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;

  @AfterEach
  void removeOfficialsNumbers() {
    contacts.remove(Groups.CLERK);
    contacts.remove(Groups.APPROVER);
  }

  private CaseRecord applyWithMobile(String mobile) {
    String code = driver.subject("AA");
    return driver.applications.apply(new ApplicationRequest(code, driver.registry.profile(code).name(),
        driver.registry.profile(code).email(), ITEM, CommitmentType.NOTIFY_COMMIT, List.of(), null, mobile), "portal");
  }

  private List<NotificationView> texts(CaseRecord c, String type) {
    return notifications.forCase(c.caseNo()).stream()
        .filter(n -> n.channel() == NotificationChannel.SMS && n.type().name().equals(type)).toList();
  }

  @Test
  void anApplicantWhoGaveAMobileNumberGetsOneShortMessageForTheSigningDeadline() {
    CaseRecord c = applyWithMobile("138 0013 8000");
    driver.runJobs(c);
    driver.notifyConditions(c);

    List<NotificationView> texts = texts(c, "CONDITIONS_NOTICE");
    assertThat(texts).singleElement().satisfies(text -> {
      assertThat(text.recipient()).isEqualTo("138****8000");
      assertThat(text.body()).contains(c.caseNo()).contains("前登录门户签署").doesNotContain(c.applicantName());
    });
    assertThat(notifications.forCase(c.caseNo())).filteredOn(n -> n.channel() == NotificationChannel.EMAIL)
        .extracting(n -> n.type().name()).contains("CONDITIONS_NOTICE");
    assertThat(jdbc.queryForObject("select applicant_mobile from commitment_case where case_no = ?", String.class,
        c.caseNo())).startsWith("enc1:").doesNotContain("13800138000");
  }

  @Test
  void anApplicantWithoutAMobileNumberGetsMailOnly() {
    CaseRecord c = applyWithMobile(null);
    driver.runJobs(c);
    driver.notifyConditions(c);

    assertThat(notifications.forCase(c.caseNo())).isNotEmpty()
        .allSatisfy(n -> assertThat(n.channel()).isEqualTo(NotificationChannel.EMAIL));
  }

  @Test
  void anInvalidMobileNumberRefusesTheApplicationInChineseAndEnglishAndOpensNoCase() {
    String code = driver.subject("AA");
    int before = jdbc.queryForObject("select count(*) from commitment_case", Integer.class);

    HttpResponse<String> refused = http.post("/api/cases", Groups.PORTAL, "{\"applicantCode\":\"" + code
        + "\",\"applicantName\":\"" + driver.registry.profile(code).name() + "\",\"applicantEmail\":\"a@example.org\","
        + "\"itemCode\":\"" + ITEM + "\",\"commitmentType\":\"NOTIFY_COMMIT\",\"missingMaterials\":[],"
        + "\"applicantMobile\":\"1380013800\"}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("invalid-mobile").contains("手机号码格式错误").contains("messageEn");
    assertThat(jdbc.queryForObject("select count(*) from commitment_case", Integer.class)).isEqualTo(before);
  }

  @Test
  void anOfficialWithANumberGetsOneShortMessageForANewTaskAndOneWhenItIsOverdue() {
    contacts.set(Groups.CLERK, "13700137000", "admin");
    contacts.set(Groups.APPROVER, "13600136000", "admin");
    CaseRecord c = driver.apply(driver.subject("AA"), ITEM, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);

    assertThat(texts(c, "TASK_CREATED")).singleElement().satisfies(text -> {
      assertThat(text.recipient()).isEqualTo("137****7000");
      assertThat(text.body()).contains(c.caseNo());
    });

    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    assertThat(texts(c, "TASK_CREATED")).filteredOn(n -> n.recipient().equals("136****6000")).singleElement()
        .satisfies(text -> assertThat(text.body()).contains("作出"));

    driver.fireDeadline(c, "decision");

    assertThat(texts(c, "ESCALATION")).filteredOn(n -> n.recipient().equals("136****6000")).hasSize(1);
  }

  @Test
  void aReminderStepRunTwiceTextsTheOfficialOnce() {
    contacts.set(Groups.APPROVER, "13600136000", "admin");
    CaseRecord c = driver.apply(driver.subject("AA"), ITEM, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    Instant due = Instant.parse("2026-03-04T16:00:00Z");

    for (int run = 0; run < 2; run++) {
      transaction.executeWithoutResult(s -> events.publishEvent(
          new DeadlineReminderDue(c.processInstanceId(), c.caseNo(), "decision", due)));
    }

    assertThat(texts(c, "DEADLINE_REMINDER")).filteredOn(n -> n.recipient().equals("136****6000")).hasSize(1);
  }
}
