package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.notification.NotificationType;
import org.creditcommitment.notification.NotificationView;
import org.creditcommitment.notification.Notifications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benefits that change the handling, not only the text (平龙政服领办〔2022〕11号 三; 普政数局〔2022〕25号 二（二）;
 * 义政数〔2020〕17号 二（一）第1项).
 */
class HandlingBenefitsTest extends IntegrationTest {

  /** 广告发布登记: 告知承诺 only, decided on the spot (即时办理) in the demo catalogue. */
  private static final String IMMEDIATE_ITEM = "SCJG-GG-003";

  @Autowired LifecycleDriver driver;
  @Autowired Notifications notifications;
  @Autowired WorkingDayCalendar calendar;

  @Test
  void theAaaGreenChannelShortensTheDecisionPeriodAsTheRedListDoes() {
    CaseRecord c = accepted(driver.subject("AAA"), AuditedCases.FOOD);
    assertThat(driver.cases.facts(c.caseNo()).redListed()).isFalse();
    // the food item's own period is 10 working days; the green channel's 3
    assertThat(due(c, "decision")).isEqualTo(calendar.due(clock.instant(), "3WD").dueDate());
    assertThat(shown(c, "Task_MakeDecision", "servicesToHonourText")).contains("绿色通道：自受理之日起3个工作日内作出行政决定");
  }

  @Test
  void anApplicantWhoseGradeAllowsNoTypeAskedForIsToldTheBenefitsItsGradeEarns() {
    CaseRecord refused = driver.apply(driver.subject("A"), AuditedCases.FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(refused);
    assertThat(driver.reload(refused).endState()).isEqualTo("STANDARD_REVIEW");
    assertThat(mail(refused, NotificationType.STANDARD_REVIEW)).contains("告知承诺须信用等级达到AA级")
        .contains("仍可享受以下守信激励措施：预约办理、帮办代办、免费邮寄、企业开办大礼包");

    CaseRecord belowA = driver.apply(driver.subject("B"), AuditedCases.FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(belowA);
    assertThat(mail(belowA, NotificationType.STANDARD_REVIEW)).doesNotContain("守信激励措施");
  }

  @Test
  void grantedServicesAreRecordedOnTheCaseAndShownToTheClerkAsServicesToHonour() {
    String code = driver.subject("AAA");
    driver.registry.setRedList(code, true);
    CaseRecord c = accepted(code, AuditedCases.FOOD);
    assertThat(GrantedService.read(driver.cases.facts(c.caseNo()).grantedServices())).containsExactlyInAnyOrder(
        GrantedService.STARTUP_PACKAGE, GrantedService.ON_SITE_SERVICE, GrantedService.EXTENDED_HOURS,
        GrantedService.NO_SITE_SURVEY);
    assertThat(driver.engine.getRuntimeService().getVariables(c.processInstanceId()))
        .doesNotContainKeys("grantedServices", "servicesToHonourText");
    assertThat(shown(c, "Task_MakeDecision", "servicesToHonourText")).contains("企业开办大礼包：", "上门服务：",
        "延时服务：", "现场免勘验：作出行政决定前免于现场勘验");

    CaseRecord aa = driver.apply(driver.subject("AA"), AuditedCases.FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(aa);
    driver.notifyConditions(aa);
    driver.signOnline(aa);
    assertThat(shown(aa, "Task_AcceptApplication", "servicesToHonourText")).isEqualTo("1. 企业开办大礼包："
        + GrantedService.STARTUP_PACKAGE.duty());
  }

  @Test
  void noSiteSurveyWaivesTheItemsSiteSurveyOnTheApproversForm() {
    CaseRecord aaa = accepted(driver.subject("AAA"), AuditedCases.FOOD);
    assertThat(shown(aaa, "Task_MakeDecision", "siteSurveyText")).startsWith("免于现场勘验");
    CaseRecord aa = accepted(driver.subject("AA"), AuditedCases.FOOD);
    assertThat(shown(aa, "Task_MakeDecision", "siteSurveyText")).startsWith("须现场勘验");
    CaseRecord noSurvey = accepted(driver.subject("AAA"), IMMEDIATE_ITEM);
    assertThat(shown(noSurvey, "Task_MakeDecision", "siteSurveyText")).isEqualTo("本事项作出决定前无现场勘验");
    assertThat(shown(noSurvey, "Task_MakeDecision", "servicesToHonourText")).doesNotContain("现场免勘验");
  }

  @Test
  void aNotifyCommitCaseOfAnItemMarkedImmediateIsDueTheSameWorkingDay() {
    CaseRecord c = accepted(driver.subject("AA"), IMMEDIATE_ITEM);
    LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
    LocalDate due = due(c, "decision");
    if (calendar.isWorkingDay(today)) {
      assertThat(due).isEqualTo(today);
    } else {
      assertThat(due).isEqualTo(calendar.dueAfterWorkingDays(clock.instant(), 1).dueDate());
    }
    assertThat(shown(c, "Task_MakeDecision", "deadline_decision_dueDate")).isEqualTo(due.toString());
    assertThat(shown(c, "Task_MakeDecision", "servicesToHonourText")).contains("即时办理：受理当日作出行政决定");
    assertThat(mail(c, NotificationType.COMMITMENT_RECEIVED)).contains("自受理之日起当日内作出行政决定");
  }

  private CaseRecord accepted(String code, String item) {
    CaseRecord c = driver.apply(code, item, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    return c;
  }

  private LocalDate due(CaseRecord c, String kind) {
    return driver.deadlines.dueDate(c.processInstanceId(), kind).orElseThrow();
  }

  private String shown(CaseRecord c, String task, String key) {
    return (String) processEngine.getFormService().getTaskFormVariables(driver.task(c, task).getId()).get(key);
  }

  private String mail(CaseRecord c, NotificationType type) {
    return notifications.forCase(c.caseNo()).stream().filter(n -> n.type() == type).map(NotificationView::body)
        .findFirst().orElseThrow(() -> new AssertionError("no " + type + " mail for " + c.caseNo()));
  }
}
