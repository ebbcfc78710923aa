package org.creditcommitment.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.creditcommitment.Browser;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.TestOfficials;
import org.creditcommitment.commitment.AuditedCases;
import org.creditcommitment.commitment.CaseRecord;
import org.creditcommitment.security.Groups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 转办, 抄送 and 催办 in headless Chromium as officials do them: on a task's page in Tasklist (the bar under its header,
 * each step asking for its reason), and on 我的办件 (a department head's 催办, and the lists 抄送我的 and 催办我的 of the
 * officials they reached).
 */
@Tag("browser")
class HandOverBrowserTest extends IntegrationTest {

  @Autowired AuditedCases cases;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;

  private Browser browser;
  private WebDriverWait wait;

  @BeforeEach
  void start() {
    TestOfficials.ensure(identity, HandOverApiTest.LI, Groups.APPROVER, "approver-scjg");
    TestOfficials.ensure(identity, HandOverApiTest.QIAN, Groups.APPROVER, "approver-wsjk");
    browser = Browser.start(port);
    wait = browser.waitUpTo(Duration.ofSeconds(30));
  }

  @AfterEach
  void stop() {
    browser.close();
    clock.reset();
  }

  @Test
  void anApproverTransfersHisDecisionToAColleagueOnTheTasksPageAndIsAskedForTheReasonFirst() {
    CaseRecord c = cases.atDecision(cases.subject("AA"));
    String id = decision(c).getId();
    browser.logIn("approver", "demo");
    browser.open("/camunda/app/tasklist/default/#/?task=" + id);

    click(wait.until(ExpectedConditions.elementToBeClickable(By.id("cc-transfer"))));
    Select colleague = new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cc-to"))));
    assertThat(colleague.getOptions()).extracting(o -> o.getDomAttribute("value")).contains(HandOverApiTest.LI)
        .doesNotContain("approver", HandOverApiTest.QIAN, "clerk");
    colleague.selectByValue(HandOverApiTest.LI);
    click(browser.driver().findElement(By.id("cc-handover-ok")));
    wait.until(d -> d.findElement(By.id("cc-handover-error")).getText().contains("请写明转办理由"));
    assertThat(decision(c).getAssignee()).isNull();

    browser.driver().findElement(By.id("cc-reason")).sendKeys("本人参加专项检查，转李科员办理");
    browser.screenshot("handover-transfer");
    click(browser.driver().findElement(By.id("cc-handover-ok")));

    wait.until(d -> d.findElements(By.cssSelector("#cc-handover .cc-handover-note")).stream()
        .anyMatch(n -> n.getText().contains("已转办给")));
    assertThat(decision(c).getAssignee()).isEqualTo(HandOverApiTest.LI);
    assertThat(http.get("/api/cases/" + c.caseNo() + "/history", Groups.AUDITOR).body())
        .contains("转办：作出行政决定", "本人参加专项检查，转李科员办理");
  }

  @Test
  void aCaseCopiedFromTheTasksPageIsListedUnderCopiedToMeAndItsHistoryOpensForTheRecipient() {
    CaseRecord c = cases.atDecision(cases.subject("AA"));
    browser.logIn("approver", "demo");
    browser.open("/camunda/app/tasklist/default/#/?task=" + decision(c).getId());

    click(wait.until(ExpectedConditions.elementToBeClickable(By.id("cc-copy"))));
    new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cc-recipient"))))
        .selectByValue("user:" + HandOverApiTest.QIAN);
    browser.driver().findElement(By.id("cc-copy-note")).sendKeys("涉及餐饮卫生，请卫健知悉");
    click(browser.driver().findElement(By.id("cc-handover-ok")));
    wait.until(d -> d.findElements(By.cssSelector("#cc-handover .cc-handover-note")).stream()
        .anyMatch(n -> n.getText().contains("已抄送")));

    browser.logOut();
    browser.logIn(HandOverApiTest.QIAN, "demo");
    browser.open("/work/#copies");
    String row = rowOf("#notes", c.caseNo());
    assertThat(row).contains(c.caseNo(), "抄送给本人", "涉及餐饮卫生，请卫健知悉", "王建国");
    browser.screenshot("work-copies");
    browser.open("/audit/#/case/" + c.caseNo());
    wait.until(d -> d.findElement(By.id("timeline")).getText().contains("抄送"));
    assertThat(browser.driver().findElement(By.id("timeline")).getText()).contains("涉及餐饮卫生，请卫健知悉");
  }

  @Test
  void aDepartmentHeadUrgesASlowTaskFromHisPageAndTheHolderFindsTheUrgeUnderUrgedToMe() {
    CaseRecord c = cases.atDecision(cases.subject("AA"));
    tasks.setAssignee(decision(c).getId(), HandOverApiTest.LI);
    clock.advance(Duration.ofDays(4));

    browser.logIn("leader", "demo");
    browser.open("/work/");
    wait.until(d -> "department".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
    browser.driver().findElement(By.id("q")).sendKeys(c.caseNo());
    click(browser.driver().findElement(By.id("search")));
    onlyRow("#cases", c.caseNo());
    click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#cases tbody button.urge"))));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("urge-note"))).sendKeys("申请人催问，请今日办结");
    click(browser.driver().findElement(By.id("urge-send")));
    wait.until(d -> d.findElement(By.id("notice")).getText().contains("已催办"));

    browser.logOut();
    browser.logIn(HandOverApiTest.LI, "demo");
    browser.open("/work/#urges");
    assertThat(rowOf("#notes", c.caseNo())).contains("催办「作出行政决定」", "尚未办结", "申请人催问，请今日办结");
    browser.screenshot("work-urges");
  }

  /** Waits until the table lists this case (the official may have others sent to them); its row's text. */
  private String rowOf(String table, String caseNo) {
    return wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElements(
        By.cssSelector(table + " tbody tr")).stream().filter(r -> caseNo.equals(r.getDomAttribute("data-case-no")))
        .map(WebElement::getText).findFirst().orElse(null));
  }

  /** Waits until the table lists this case alone; its text. */
  private String onlyRow(String table, String caseNo) {
    return wait.ignoring(StaleElementReferenceException.class).until(d -> {
      List<WebElement> rows = d.findElements(By.cssSelector(table + " tbody tr"));
      return rows.size() == 1 && caseNo.equals(rows.get(0).getDomAttribute("data-case-no")) ? rows.get(0).getText()
          : null;
    });
  }

  private void click(WebElement element) {
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", element);
  }

  private Task decision(CaseRecord c) {
    return tasks.createTaskQuery().processInstanceBusinessKey(c.caseNo()).taskDefinitionKey("Task_MakeDecision")
        .singleResult();
  }
}
