package org.creditcommitment.report.yearly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.creditcommitment.Browser;
import org.creditcommitment.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page of the yearly reports (普政数局〔2022〕25号 三（三）): the credit office issues the year's report and records
 * its filing there; the auditor reads the same list without either form.
 */
@Tag("browser")
class YearlyReportsPageBrowserTest extends IntegrationTest {

  @Test
  void theCreditOfficeIssuesTheYearsReportAndRecordsItsFilingAndTheAuditorOnlyReadsIt() {
    int year = LocalDate.now(clock).getYear();
    try (Browser browser = Browser.start(port)) {
      WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(30));
      browser.logIn("credit-office", "demo");
      browser.open("/statistics/");
      wait.until(ExpectedConditions.elementToBeClickable(By.id("yearly-reports-link"))).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issue")));
      browser.driver().findElement(By.cssSelector("#issue button[type=submit]")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "年度报告第"));
      // the year's newest version: other tests of the shared database may have issued reports of later years
      By thisYearsNewest = By.xpath("(//*[@id='reports']//tbody/tr[contains(normalize-space(.), '" + year + "年度')])[1]");
      WebElement newest = wait.until(ExpectedConditions.visibilityOfElementLocated(thisYearsNewest));
      assertThat(newest.getText()).contains(year + "年度", "汕信用〔" + year + "〕", "有效", "依申请生成",
          year + "年12月31日", "查看 PDF");

      newest.findElement(By.cssSelector("form button[type=submit]")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(thisYearsNewest, "报送市政务服务数据管理局"));
      assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain("undefined", "null",
          "NaN");
      browser.screenshot("yearly-reports");
    }
    try (Browser browser = Browser.start(port)) {
      WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(30));
      browser.logIn("auditor", "demo");
      browser.open("/statistics/yearly-reports.html");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reports"), "报送市政务服务数据管理局"));
      assertThat(browser.driver().findElement(By.id("issue")).isDisplayed()).isFalse();
      assertThat(browser.driver().findElements(By.cssSelector("#reports form"))).isEmpty();
    }
  }
}
