package org.creditcommitment.casehistory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.creditcommitment.Browser;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.commitment.AuditedCases;
import org.creditcommitment.commitment.CaseRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The auditor page in headless Chromium, signed in through the webapps' login page: find a case by
 * department, item and applicant, read its business history beside the diagram with the path taken, switch
 * to the engine detail, locate a step on the diagram and zoom. Without Chromium this test fails: it is the
 * only check the page works.
 */
class AuditPageBrowserTest extends IntegrationTest {

  /** An applicant name holding markup: the page must show it as text and never run it. */
  static final String HOSTILE_NAME = "<img src=x onerror=\"window.injected=1\">测试企业有限公司";
  private static final List<String> LOGIN_IDS = List.of("clerk", "approver", "inspector", "portal", "admin",
      "auditor");

  @Autowired AuditedCases cases;

  @Test
  void auditorFindsTheCaseReadsItsHistoryAndLocatesStepsOnTheDiagram() {
    String applicant = cases.subjectNamed(HOSTILE_NAME, "AA");
    CaseRecord c = cases.everyKindOfStep(applicant);

    try (Browser browser = Browser.start(port)) {
      browser.logIn("auditor", "demo");
      browser.open("/audit/");
      WebDriver driver = browser.driver();
      WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(30));

      // the shared header names the auditor; the page has no login of its own
      assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name"))).getText())
          .contains("孙丽");
      assertThat(driver.findElements(By.cssSelector("input[type=password]"))).isEmpty();

      // department and item are chosen by name
      wait.until(d -> new Select(d.findElement(By.id("department-select"))).getOptions().size() > 1);
      Select department = new Select(driver.findElement(By.id("department-select")));
      department.selectByValue("scjg");
      assertThat(department.getFirstSelectedOption().getText()).isEqualTo("市场监督管理局");
      Select item = new Select(driver.findElement(By.id("item-select")));
      assertThat(item.getOptions()).extracting(WebElement::getText).contains("食品经营许可（仅销售预包装食品）");
      item.selectByValue(AuditedCases.FOOD);
      driver.findElement(By.cssSelector("#search-form input[name=applicant]")).sendKeys(applicant);
      driver.findElement(By.cssSelector("#search-form button[type=submit]")).click();
      // the page lists cases as it opens and again for the search: wait for the search's rows, then click
      wait.until(d -> d.findElement(By.cssSelector("#results tbody")).getText().contains(HOSTILE_NAME));
      assertThat(driver.findElement(By.cssSelector("#results tbody")).getText())
          .contains(HOSTILE_NAME, "食品经营许可（仅销售预包装食品）", "市场监督管理局");
      wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
        d.findElement(By.linkText(c.caseNo())).click();
        return true;
      });

      // the diagram: the path taken, in a pane most of the window high
      wait.until(ExpectedConditions.attributeToBe(By.id("diagram"), "data-rendered", "true"));
      // the top level is the policy's phases: the case passed each of them up to the inspection
      assertThat(driver.findElements(By.cssSelector("#diagram svg .djs-element.cc-passed"))).hasSizeGreaterThan(4);
      assertThat(driver.findElements(By.cssSelector("#diagram svg .djs-connection.cc-taken"))).isNotEmpty();
      assertThat(driver.findElements(By.cssSelector("#diagram [data-element-id=SubProcess_Inspection].cc-passed")))
          .hasSize(1);
      assertThat(driver.findElement(By.id("diagram")).getSize().getHeight()).isGreaterThan(550);
      assertThat(driver.findElement(By.id("case-title")).getText()).contains(c.caseNo(), "信用承诺办理");

      // the business view by default: Chinese, people by name, no JSON
      int businessEvents = driver.findElements(By.cssSelector("#timeline li")).size();
      String text = driver.findElement(By.id("timeline")).getText();
      assertThat(text).contains("提交申请", "完成「受理申请」：予以受理", "完成「作出行政决定」：准予许可", "设定期限：签署期限",
          "期限届满：决定期限", "规则判定「信用承诺资格判定」", "信用查询：信用等级 AA", "归集推送：信用承诺信息",
          "发生故障：「归集推送承诺信息」", "故障已解决", "办结：已践诺", "审批意见", "同意", "张敏", "王建国",
          "网上办事大厅（代申请人）");
      assertThat(driver.findElement(By.cssSelector("#timeline .ev-time")).getText())
          .matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}");
      assertThat(text).doesNotContain("signing", "decision", "{", "}", "操作人：");
      assertThat(driver.findElements(By.cssSelector("#timeline .ev-actor-name"))).isNotEmpty()
          .allSatisfy(name -> assertThat(name.getText()).isNotIn(LOGIN_IDS));
      assertThat(businessEvents).isBetween(15, 80);

      // newest or oldest first, remembered
      new Select(driver.findElement(By.id("order-select"))).selectByValue("asc");
      assertThat(position(driver, "提交申请")).isLessThan(position(driver, "办结：已践诺"));
      new Select(driver.findElement(By.id("order-select"))).selectByValue("desc");
      assertThat(position(driver, "办结：已践诺")).isLessThan(position(driver, "提交申请"));
      assertThat(script(driver, "return localStorage.getItem('cc.audit.order')")).isEqualTo("desc");

      // the engine detail: every line, details as labelled fields
      driver.findElement(By.id("engine-toggle")).click();
      wait.until(d -> d.findElements(By.cssSelector("#timeline li")).size() > businessEvents * 2);
      assertThat(driver.findElement(By.id("timeline")).getText()).contains("进入环节", "任务生成");
      WebElement completion = driver.findElement(By.cssSelector("#timeline li.type-task-completed"));
      centre(driver, completion);
      completion.findElement(By.tagName("summary")).click();
      assertThat(completion.getText()).contains("提交的表单数据").doesNotContain("{");
      driver.findElement(By.id("engine-toggle")).click();
      wait.until(d -> d.findElements(By.cssSelector("#timeline li")).size() == businessEvents);

      // a step of the timeline is located on the diagram
      WebElement step = driver.findElement(By.cssSelector("#timeline li[data-activity=Task_MakeDecision]"));
      centre(driver, step);
      step.click();
      // it lies inside the phase 申请办理, which opens
      wait.until(ExpectedConditions.presenceOfElementLocated(
          By.cssSelector("#diagram [data-element-id=Task_MakeDecision].cc-selected")));
      assertThat(driver.findElements(By.cssSelector("#diagram svg .djs-element.cc-passed"))).hasSizeGreaterThan(10);
      assertThat(step.getAttribute("class")).contains("selected");
      browser.screenshot("auditor");

      // zoom controls
      double before = zoom(driver);
      driver.findElement(By.id("zoom-in")).click();
      wait.until(d -> zoom(d) > before);
      double zoomedIn = zoom(driver);
      driver.findElement(By.id("zoom-out")).click();
      wait.until(d -> zoom(d) < zoomedIn);
      double zoomedOut = zoom(driver);
      driver.findElement(By.id("zoom-all")).click();
      wait.until(d -> zoom(d) != zoomedOut);
      double whole = zoom(driver);
      driver.findElement(By.id("zoom-path")).click();
      wait.until(d -> zoom(d) != whole);

      assertThat(script(driver, "return window.injected === undefined")).isEqualTo(true);
    }
  }

  /** Where the first timeline line holding this text stands, top being 0. */
  private static int position(WebDriver driver, String text) {
    List<WebElement> lines = driver.findElements(By.cssSelector("#timeline li"));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).getText().contains(text)) {
        return i;
      }
    }
    throw new AssertionError("No timeline line holds " + text);
  }

  /** The sticky head of the timeline pane must not cover what is clicked. */
  private static void centre(WebDriver driver, WebElement element) {
    script(driver, "arguments[0].scrollIntoView({block: 'center'})", element);
  }

  private static double zoom(WebDriver driver) {
    String zoom = driver.findElement(By.id("diagram")).getAttribute("data-zoom");
    return zoom == null ? Double.NaN : Double.parseDouble(zoom);
  }

  private static Object script(WebDriver driver, String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }
}
