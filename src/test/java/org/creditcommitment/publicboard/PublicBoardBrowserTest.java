package org.creditcommitment.publicboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.creditcommitment.Browser;
import org.creditcommitment.EnglishScan;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.commitment.CaseRecord;
import org.creditcommitment.commitment.CaseScenarios;
import org.creditcommitment.credit.adapters.CreditRegistry;
import org.creditcommitment.credit.adapters.NewSubject;
import org.creditcommitment.subject.SubjectType;
import org.creditcommitment.subject.TestCodes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public board in headless Chromium, never signed in: it lists the published records in Chinese, and a subject
 * whose name is markup is shown as that text, with nothing of it run. Such a name cannot come through /api (names
 * never hold {@code <} or {@code >}), so the subjects are created directly in the embedded registry, as a remote
 * credit platform might deliver them.
 */
@Tag("browser")
class PublicBoardBrowserTest extends IntegrationTest {

  private static final String SCRIPT_NAME = "<script>alert(1)</script>测试有限公司";
  private static final String IMAGE_NAME = "<img src=x onerror=\"window.ccPwned=1\">测试有限公司";

  @Autowired CaseScenarios scenarios;
  @Autowired CreditRegistry registry;

  private String subject(String name) {
    String code = TestCodes.uscc();
    registry.createSubject(new NewSubject(code, SubjectType.LEGAL, name, "board-" + code + "@example.test", "AA"));
    return code;
  }

  @Test
  void listsTheRecordsInChineseAndShowsAMarkupNameAsText() throws Exception {
    String item = PublicBoardTestData.item(http, "GB", "cgj", "APPROVAL_SUBSTITUTE");
    CaseRecord script = scenarios.fulfilled(item, subject(SCRIPT_NAME));
    CaseRecord image = scenarios.fulfilled(item, subject(IMAGE_NAME));
    assertThat(List.of(script.endState(), image.endState())).containsOnly("FULFILLED");

    try (Browser browser = Browser.start(port)) {
      browser.open("/public/commitments");
      WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(30));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#records tbody tr.record")));
      JavascriptExecutor js = browser.driver();
      assertThat(browser.driver().getTitle()).isEqualTo("信用承诺公示");
      String header = browser.driver().findElement(By.cssSelector("#records thead")).getText();
      assertThat(header).contains("信息类型").contains("承诺类别").contains("主体名称").contains("公示日期");
      assertThat(browser.driver().findElement(By.id("summary")).getText()).startsWith("共 ").endsWith(" 条公示信息");
      // the newest records are this test's
      assertThat(browser.driver().findElement(By.cssSelector("#records tbody")).getText()).contains("信用承诺")
          .contains("行政许可").contains("审批替代型").contains("城市管理和综合执法局");
      String ui = (String) js.executeScript(EnglishScan.UI_TEXT_SCRIPT, "td, script, style, option");
      assertThat(EnglishScan.offenders(ui)).as("English words on the board:\n" + ui).isEmpty();
      assertThat(browser.driver().findElements(By.cssSelector("#search select[name=department] option")))
          .extracting(WebElement::getText).contains("全部部门", "市场监督管理局", "城市管理和综合执法局");

      for (CaseRecord c : List.of(script, image)) {
        WebElement code = browser.driver().findElement(By.cssSelector("#search input[name=code]"));
        code.clear();
        code.sendKeys(c.applicantCode());
        browser.driver().findElement(By.cssSelector("#search button[type=submit]")).click();
        // the summary may already read "共 2 条" from the search before: wait for this subject's rows
        wait.until(driver -> {
          try {
            List<WebElement> names = driver.findElements(By.cssSelector("#records tbody td.subject-name"));
            return names.size() == 2 && names.stream().allMatch(n -> n.getText().equals(c.applicantName()));
          } catch (StaleElementReferenceException rerendered) {
            return false;
          }
        });
        assertThat(browser.driver().findElement(By.id("summary")).getText()).isEqualTo("共 2 条公示信息");
        assertThat(browser.driver().findElements(By.cssSelector("#records tbody script, #records tbody img")))
            .as("the name is text, not elements").isEmpty();
      }

      assertThat(browser.driver().getTitle()).as("no script of a name ran").isEqualTo("信用承诺公示");
      assertThat(js.executeScript("return window.ccPwned === undefined")).isEqualTo(true);
      assertThat(js.executeScript("return document.scripts.length")).as("only the page's own script").isEqualTo(1L);
      browser.screenshot("public-board");
    }
  }
}
