package org.creditcommitment.casehistory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.creditcommitment.Browser;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.commitment.AuditedCases;
import org.creditcommitment.commitment.CaseRecord;
import org.junit.jupiter.api.Tag;
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
@Tag("browser")
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

  /**
   * The phases' drill-down markers sit beside their boxes, never on the words (核查未践诺 must not read 核查■践诺), and
   * the diagram opens at a zoom where its words are at least 11 px high.
   */
  @Test
  void theDiagramOpensWithItsWordsReadableAndNoDrillDownMarkerOnALabel() {
    // a long path: fitted whole, its words would be about 9 px
    CaseRecord c = cases.everyKindOfStep();
    try (Browser browser = Browser.start(port)) {
      for (int[] size : new int[][] {{1600, 1000}, {1366, 768}}) {
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(size[0], size[1]));
        browser.logIn("auditor", "demo");
        browser.open("/audit/#/case/" + c.caseNo());
        WebDriver driver = browser.driver();
        browser.waitUpTo(Duration.ofSeconds(30))
            .until(ExpectedConditions.attributeToBe(By.id("diagram"), "data-rendered", "true"));
        // the font size bpmn-js draws a name with, times the zoom: what the eye gets
        double smallest = ((Number) script(driver, "const zoom = Number(document.getElementById('diagram')"
            + ".getAttribute('data-zoom')); return Math.min.apply(null, Array.from("
            + "document.querySelectorAll('#diagram .djs-visual text')).filter(t => t.textContent.trim())"
            + ".map(t => parseFloat(getComputedStyle(t).fontSize) * zoom))")).doubleValue();
        assertThat(smallest).as("the smallest line of text at " + size[0] + "×" + size[1]).isGreaterThanOrEqualTo(11);
        @SuppressWarnings("unchecked")
        List<String> covered = (List<String>) script(driver, "const hits = [];"
            + "document.querySelectorAll('#diagram .bjs-drilldown').forEach(b => {"
            + " const m = b.getBoundingClientRect(); if (!m.width) { return; }"
            + " document.querySelectorAll('#diagram .djs-visual tspan').forEach(t => {"
            + "  const r = t.getBoundingClientRect();"
            + "  if (r.width && m.left < r.right && r.left < m.right && m.top < r.bottom && r.top < m.bottom) {"
            + "   hits.push(t.textContent); } }); });"
            + "return hits;");
        assertThat(covered).as("words under a drill-down marker at " + size[0] + "×" + size[1]).isEmpty();
        browser.logOut();
      }
    }
  }

  /**
   * Who acted is a person: each document's 出具人 is an official's name or 系统（自动）, the punishment decision names the
   * approver who decided it (not the job that issued it); a withdrawn task says by whom and why; neither the business
   * view nor the engine detail shows an engine code, a rule's code, a UUID, an idempotency key or a seed.
   */
  @Test
  void whoActedIsNamedAndNoLineReadsAsAnEngineCodeAnIdOrAKey() {
    CaseRecord c = cases.punishedAfterAHearing();
    var stated = http.post("/api/cases/" + c.caseNo() + "/statement", "portal",
        "{\"statement\":\"整改费用过高，请求听证\",\"hearingRequested\":true}");
    assertThat(stated.statusCode()).as(stated.body()).isEqualTo(204);
    cases.heardAndDecided(c);
    String approver = org.creditcommitment.security.UserNames.display(
        processEngine.getIdentityService().createUserQuery().userId("approver").singleResult(), "approver");
    try (Browser browser = Browser.start(port)) {
      browser.logIn("auditor", "demo");
      browser.open("/audit/#/case/" + c.caseNo());
      WebDriver driver = browser.driver();
      WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(30));
      wait.until(d -> d.findElements(By.cssSelector("#case-documents tr.document")).size() > 3
          && !d.findElements(By.cssSelector("#timeline li")).isEmpty());

      List<WebElement> documents = driver.findElements(By.cssSelector("#case-documents tr.document"));
      for (WebElement row : documents) {
        String issuedBy = row.findElements(By.tagName("td")).get(4).getText();
        assertThat(issuedBy).as(row.getText()).isNotIn(LOGIN_IDS).isNotEqualTo("system").isNotBlank();
      }
      WebElement punishment = documents.stream().filter(r -> r.getText().startsWith("失信惩戒决定书")).findFirst()
          .orElseThrow();
      assertThat(punishment.findElements(By.tagName("td")).get(4).getText()).isEqualTo(approver);

      String business = driver.findElement(By.id("timeline")).getText();
      assertNoCodes(business, "business view");
      for (WebElement line : driver.findElements(By.cssSelector("#timeline li"))) {
        if (line.getText().contains("取消待办")) {
          assertThat(line.findElements(By.cssSelector(".ev-actor-name"))).as(line.getText()).isNotEmpty();
          assertThat(line.getText()).contains("取消原因");
        }
      }

      driver.findElement(By.id("engine-toggle")).click();
      wait.until(d -> d.findElements(By.cssSelector("#timeline li.entry")).size() > 20);
      script(driver, "document.querySelectorAll('#timeline details').forEach(d => d.open = true)");
      assertNoCodes(driver.findElement(By.id("timeline")).getText(), "engine detail");
    }
  }

  private static void assertNoCodes(String text, String where) {
    assertThat(text).as(where).doesNotContain("noneEndEvent", "userTask", "COMPLETED", "ELIGIBLE", "幂等键", "随机种子")
        .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
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
