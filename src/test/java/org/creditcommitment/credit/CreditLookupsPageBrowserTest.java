package org.creditcommitment.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.creditcommitment.Browser;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.objection.CreditFileDriver;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The auditor page's 信用信息查询记录 (汕府办函〔2021〕17号 (二十二)): the auditor reads who looked up a subject, for what,
 * and each official's daily count; the credit office, which also uses the page, does not see the section.
 */
@Tag("browser")
class CreditLookupsPageBrowserTest extends IntegrationTest {

  @Autowired CreditFileDriver driver;

  @Test
  void theAuditorSeesEachLookUpAndTheDailyCountPerOfficialAndTheCreditOfficeDoesNot() {
    String code = driver.subject();
    assertThat(http.get("/api/subjects/" + code + "/credit?purpose=window-enquiry", "clerk").statusCode())
        .isEqualTo(200);
    try (Browser browser = Browser.start(port)) {
      WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(30));
      browser.logIn("auditor", "demo");
      browser.open("/audit/");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("credit-lookups")));
      browser.driver().findElement(By.cssSelector("#lookup-form input[name=subject]")).sendKeys(code);
      browser.driver().findElement(By.cssSelector("#lookup-form button[type=submit]")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lookup-list"), code));

      String list = browser.driver().findElement(By.id("lookup-list")).getText();
      assertThat(list).contains("张敏", "window-enquiry", "GET /api/subjects/{code}/credit");
      String daily = browser.driver().findElement(By.id("lookup-daily")).getText();
      assertThat(daily).contains("张敏").contains(" 1");
      assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain("undefined", "null",
          "NaN");
    }
    try (Browser browser = Browser.start(port)) {
      WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(30));
      browser.logIn("credit-office", "demo");
      browser.open("/audit/");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results tbody")));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search")));
      assertThat(browser.driver().findElement(By.id("credit-lookups")).isDisplayed()).isFalse();
    }
  }
}
