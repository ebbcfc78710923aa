package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.notification.NotificationType;
import org.creditcommitment.notification.NotificationView;
import org.creditcommitment.notification.Notifications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One date, everywhere: the due date a mail states, the one the task's form shows and the one the deadline row
 * fires on are the same day, for each deadline an applicant or official is told of.
 */
class CaseDatesAgreeTest extends IntegrationTest {

  private static final DateTimeFormatter MAIL_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  @Autowired LifecycleDriver driver;
  @Autowired Notifications notifications;

  @Test
  void mailsFormsAndDeadlineRowsStateTheSameDueDates() {
    CaseRecord c = driver.apply(driver.subject("AA"), AuditedCases.FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    LocalDate signing = due(c, "signing");
    assertThat(mail(c, NotificationType.CONDITIONS_NOTICE)).contains(MAIL_DATE.format(signing));
    assertThat(shown(c, "Task_AwaitSignature", "deadline_signing_dueDate")).isEqualTo(signing.toString());

    driver.signOnline(c);
    driver.accept(c);
    assertThat(shown(c, "Task_MakeDecision", "deadline_decision_dueDate")).isEqualTo(due(c, "decision").toString());
    driver.approve(c);

    LocalDate inspection = due(c, "inspection");
    assertThat(mail(c, NotificationType.INSPECTION_NOTICE)).contains(MAIL_DATE.format(inspection));
    assertThat(shown(c, "Task_InspectFulfilment", "deadline_inspection_dueDate")).isEqualTo(inspection.toString());

    driver.inspect(c, "Task_InspectFulfilment", false);
    assertThat(mail(c, NotificationType.RECTIFICATION_NOTICE)).contains(MAIL_DATE.format(due(c, "rectification")));
  }

  /**
   * 义政数〔2020〕17号 四（六）: the inspection falls within the period the applicant signed. The AAA tier (6 months) changes
   * how often a grade is drawn; it never extends the food item's 3 months that the letter states.
   */
  @Test
  void theInspectionFallsWithinThePeriodTheApplicantSignedNeverALongerTiersPeriod() {
    CaseRecord c = driver.apply(driver.subject("AAA"), AuditedCases.FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    assertThat(driver.letters.letter(c.caseNo()).orElseThrow().text()).contains("核查期限为作出行政决定后3个月");
    driver.signOnline(c);
    driver.accept(c);
    driver.approve(c);

    LocalDate decided = driver.reload(c).decidedAt().atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate();
    LocalDate inspection = due(c, "inspection");
    assertThat(inspection).isEqualTo(decided.plusMonths(3));
    assertThat(mail(c, NotificationType.INSPECTION_NOTICE)).contains(MAIL_DATE.format(inspection));
    assertThat(shown(c, "Task_InspectFulfilment", "deadline_inspection_dueDate")).isEqualTo(inspection.toString());
    assertThat(driver.cases.facts(c.caseNo()).inspectionPeriod()).isEqualTo("P3M");
  }

  private LocalDate due(CaseRecord c, String kind) {
    return driver.deadlines.dueDate(c.processInstanceId(), kind).orElseThrow();
  }

  private Object shown(CaseRecord c, String task, String key) {
    return processEngine.getFormService().getTaskFormVariables(driver.task(c, task).getId()).get(key);
  }

  private String mail(CaseRecord c, NotificationType type) {
    return notifications.forCase(c.caseNo()).stream().filter(n -> n.type() == type).map(NotificationView::body)
        .findFirst().orElseThrow(() -> new AssertionError("no " + type + " mail for " + c.caseNo()));
  }
}
