package org.creditcommitment.casehistory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.creditcommitment.Browser;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.commitment.AuditedCases;
import org.creditcommitment.commitment.CaseRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 我的办件 in headless Chromium, signed in through the webapps' login page as an approver: the department's running
 * cases found by applicant and narrowed by stage, each with its deadline as a last day and its documents; then the
 * cases the approver acted on. Names from the server are shown as text, never run.
 */
@Tag("browser")
class WorkPageBrowserTest extends IntegrationTest {

  @Autowired AuditedCases cases;

  @Test
  void anApproverFindsHisDepartmentsCaseByApplicantAndStageAndTheCaseHeDecidedUnderHisDoneCases() {
    String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    String name = "<img src=x onerror=\"window.injected=1\">清单" + tag + "有限公司";
    CaseRecord waiting = cases.atDecision(cases.subjectNamed(name, "AA"));
    CaseRecord decided = cases.atInspection(cases.subjectNamed("已办" + tag + "有限公司", "AA"));

    try (Browser browser = Browser.start(port)) {
      browser.logIn("approver", "demo");
      browser.open("/work/");
      WebDriver driver = browser.driver();
      WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(30));

      assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name"))).getText())
          .isNotBlank();
      wait.until(d -> "department".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));

      driver.findElement(By.id("q")).sendKeys("清单" + tag);
      driver.findElement(By.id("search")).click();
      assertThat(onlyRow(wait, waiting.caseNo())).contains(waiting.caseNo(), name, "食品经营许可（仅销售预包装食品）", "市场监督管理局",
          "作出行政决定", "（当日24:00止）");
      WebElement row = driver.findElement(By.cssSelector("#cases tbody tr"));
      assertThat(row.findElement(By.linkText("文书")).getDomAttribute("href"))
          .isEqualTo("/documents/?caseNo=" + waiting.caseNo());
      // an approver does not read the auditors' timeline: no link that would only be refused
      assertThat(row.findElements(By.linkText("办理过程"))).isEmpty();

      // by stage: the stages offered are the listed cases' open tasks
      Select stage = new Select(driver.findElement(By.id("stage")));
      assertThat(stage.getOptions()).extracting(WebElement::getText).contains("作出行政决定");
      stage.selectByValue("Task_MakeDecision");
      driver.findElement(By.id("search")).click();
      onlyRow(wait, waiting.caseNo());
      browser.screenshot("work-department");

      // the cases he acted on
      driver.findElement(By.id("tab-done")).click();
      driver.findElement(By.id("q")).clear();
      driver.findElement(By.id("q")).sendKeys("已办" + tag);
      driver.findElement(By.id("search")).click();
      assertThat(onlyRow(wait, decided.caseNo())).contains(decided.caseNo(), "作出行政决定", "办理中");
      assertThat(driver.findElement(By.id("stage")).isDisplayed()).as("stages are the department list's").isFalse();
      List<WebElement> headings = driver.findElements(By.cssSelector("#cases thead th"));
      assertThat(headings.stream().filter(WebElement::isDisplayed).map(WebElement::getText).toList())
          .contains("我最近办理", "状态").doesNotContain("当前环节");
      browser.screenshot("work-done");

      assertThat(((JavascriptExecutor) driver).executeScript("return window.injected === undefined")).isEqualTo(true);
    }
  }

  @Test
  void anOfficialChoosesTheDailyWorkDigestOnThePageAndTheChoiceIsKept() {
    try (Browser browser = Browser.start(port)) {
      browser.logIn("inspector", "demo");
      browser.open("/work/");
      WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(30));
      WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("digest")));
      boolean before = box.isSelected();

      box.click();
      wait.until(d -> String.valueOf(!before).equals(d.findElement(By.tagName("body")).getDomAttribute("data-digest")));

      assertThat(http.get("/api/me/work-digest", "inspector").body()).contains("\"subscribed\":" + !before);
      assertThat(browser.driver().findElement(By.id("message")).getText()).contains("待办工作日报");
      http.put("/api/me/work-digest", "inspector", "{\"subscribed\":" + before + "}");
    }
  }

  /** Waits until the list shows this case alone (a search replaces the rows the page opened with), its text. */
  private static String onlyRow(WebDriverWait wait, String caseNo) {
    return wait.ignoring(StaleElementReferenceException.class).until(d -> {
      List<WebElement> rows = d.findElements(By.cssSelector("#cases tbody tr"));
      return rows.size() == 1 && caseNo.equals(rows.get(0).getDomAttribute("data-case-no")) ? rows.get(0).getText()
          : null;
    });
  }
}
