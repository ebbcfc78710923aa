package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.calendar.DueSpec;
import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.deadline.DeadlineStatus;
import org.creditcommitment.deadline.DeadlineView;
import org.creditcommitment.notification.NotificationType;
import org.creditcommitment.notification.NotificationView;
import org.creditcommitment.notification.Notifications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 责令限期整改 (义政数〔2020〕17号 四（七）): the inspecting official who finds a breach sets the rectification period in
 * working days on 履约践诺核查; left empty, the item's catalogue period applies; the catalogue bounds it. The deadline
 * row and the rectification notice state the same date.
 */
class RectificationPeriodTest extends IntegrationTest {

  private static final String FOOD = AuditedCases.FOOD;
  private static final DateTimeFormatter MAIL_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
  private static final String FINDINGS = "经现场核查，经营场所面积与承诺不符";

  @Autowired LifecycleDriver driver;
  @Autowired Notifications notifications;
  @Autowired WorkingDayCalendar calendar;
  @Autowired Catalogue catalogue;

  @Test
  void anInspectorWhoSetsFiveWorkingDaysGivesTheApplicantADeadlineFiveWorkingDaysOutStatedInTheNotice() {
    CaseRecord c = atInspection();

    driver.complete(c, "Task_InspectFulfilment", "inspector", Map.of("inspectionResult", "NON_COMPLIANT",
        "inspectionFindings", FINDINGS, "rectificationWorkingDays", 5));

    assertThat(processEngine.getRuntimeService().getActiveActivityIds(c.processInstanceId()))
        .contains("Task_AwaitRectification");
    DeadlineView deadline = scheduledRectification(c);
    LocalDate fiveWorkingDays = calendar.dueAfterWorkingDays(deadline.createdAt(), 5).dueDate();
    assertThat(deadline.dueDate()).isEqualTo(fiveWorkingDays);
    assertThat(deadline.dueDate()).isBefore(calendar.due(deadline.createdAt(), itemPeriod()).dueDate());
    assertThat(driver.cases.facts(c.caseNo()).rectificationPeriod()).isEqualTo("5WD");
    assertThat(rectificationNotice(c)).contains(MAIL_DATE.format(fiveWorkingDays)).contains(FINDINGS);
  }

  @Test
  void aRectificationPeriodLeftEmptyIsTheItemsOwn() {
    CaseRecord c = atInspection();

    driver.inspect(c, "Task_InspectFulfilment", false);

    DeadlineView deadline = scheduledRectification(c);
    LocalDate itemsOwn = calendar.due(deadline.createdAt(), itemPeriod()).dueDate();
    assertThat(deadline.dueDate()).isEqualTo(itemsOwn);
    assertThat(driver.cases.facts(c.caseNo()).rectificationPeriod()).isNull();
    assertThat(rectificationNotice(c)).contains(MAIL_DATE.format(itemsOwn));
  }

  @Test
  void aRectificationPeriodLongerThanTheItemsIsRefusedOverRestAndTheTaskStaysOpen() {
    CaseRecord c = atInspection();
    int itemDays = ((DueSpec.WorkingDays) DueSpec.parse(itemPeriod())).days();
    String complete = "/engine-rest/task/" + driver.task(c, "Task_InspectFulfilment").getId() + "/complete";

    HttpResponse<String> tooLong = http.post(complete, "inspector", body(itemDays + 1));

    assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
    assertThat(tooLong.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(tooLong.body()).contains("task-refused", "messageZh", "messageEn", "整改期限不得超过",
        "rectificationWorkingDays may not exceed", itemPeriod());
    assertThat(driver.task(c, "Task_InspectFulfilment")).as("the task stays open").isNotNull();
    assertThat(driver.cases.facts(c.caseNo()).inspectionResult()).as("nothing written").isNull();
    assertThat(driver.cases.facts(c.caseNo()).rectificationPeriod()).isNull();
    assertThat(driver.deadlines.list(c.caseNo())).noneMatch(d -> d.kind().equals("rectification"));
    assertThat(notifications.forCase(c.caseNo())).noneMatch(n -> n.type() == NotificationType.RECTIFICATION_NOTICE);

    // the form's own minimum is the server's too
    assertThat(http.post(complete, "inspector", body(0)).statusCode()).isEqualTo(400);

    // the item's own period is the longest an official may give, and allowed
    HttpResponse<String> itemsOwn = http.post(complete, "inspector", body(itemDays));
    assertThat(itemsOwn.statusCode()).as(itemsOwn.body()).isEqualTo(204);
    driver.runJobs(c);
    assertThat(driver.cases.facts(c.caseNo()).rectificationPeriod()).isEqualTo(itemDays + "WD");
    assertThat(scheduledRectification(c)).isNotNull();
  }

  private CaseRecord atInspection() {
    CaseRecord c = driver.apply(driver.subject("AA"), FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    driver.approve(c);
    assertThat(driver.task(c, "Task_InspectFulfilment")).as("AA cases are always inspected in tests").isNotNull();
    return c;
  }

  private String itemPeriod() {
    return catalogue.find(FOOD).orElseThrow().periods().rectification();
  }

  private static String body(int workingDays) {
    return "{\"variables\":{\"inspectionResult\":{\"value\":\"NON_COMPLIANT\"},"
        + "\"inspectionFindings\":{\"value\":\"" + FINDINGS + "\"},"
        + "\"rectificationWorkingDays\":{\"value\":" + workingDays + ",\"type\":\"Integer\"}}}";
  }

  private DeadlineView scheduledRectification(CaseRecord c) {
    return driver.deadlines.list(c.caseNo()).stream()
        .filter(d -> d.kind().equals("rectification") && d.status() == DeadlineStatus.SCHEDULED).findFirst()
        .orElseThrow(() -> new AssertionError("Case " + c.caseNo() + " has no scheduled rectification deadline"));
  }

  private String rectificationNotice(CaseRecord c) {
    return notifications.forCase(c.caseNo()).stream().filter(n -> n.type() == NotificationType.RECTIFICATION_NOTICE)
        .map(NotificationView::body).findFirst()
        .orElseThrow(() -> new AssertionError("no rectification notice for " + c.caseNo()));
  }
}
