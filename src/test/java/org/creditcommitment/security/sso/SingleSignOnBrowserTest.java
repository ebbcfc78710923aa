package org.creditcommitment.security.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.creditcommitment.Browser;
import org.creditcommitment.commitment.AuditedCases;
import org.creditcommitment.commitment.CaseRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The official's single sign-on in Chromium: Tasklist sends them to the organisation's provider, they sign in there,
 * land in Tasklist with their department's task, sign out from the account menu and are asked to sign in again.
 */
@Tag("browser")
class SingleSignOnBrowserTest extends SsoIntegrationTest {

  @Autowired AuditedCases cases;

  @Test
  void anOfficialSignsInAtTheProviderFindsTheTaskInTasklistSignsOutAndIsAskedToSignInAgain() {
    CaseRecord c = cases.atDecision(cases.subject("AA"));
    try (Browser browser = Browser.start(port)) {
      WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(30));
      String tasklist = "/camunda/app/tasklist/default/#/?searchQuery=" + URLEncoder.encode(
          "[{\"type\":\"processVariables\",\"operator\":\"eq\",\"value\":\"" + c.caseNo() + "\",\"name\":\"caseNo\"}]",
          StandardCharsets.UTF_8).replace("+", "%20");

      browser.open(tasklist);
      signInAtTheProvider(browser.driver(), wait, "sun-scjg");

      wait.until(ExpectedConditions.urlContains("localhost:" + port + "/camunda/app/tasklist/"));
      // the search is in the address's fragment, which the browser never sends: the sign-in's round trip returns to
      // Tasklist's start, so the official searches again, now inside the session
      browser.open(tasklist);
      By card = By.xpath("//li[contains(@class,'task')][.//*[contains(text(),'" + c.caseNo() + "')]]");
      wait.until(ExpectedConditions.presenceOfElementLocated(card));
      assertThat(browser.driver().findElement(card).getText()).contains(c.caseNo());
      browser.screenshot("sso-tasklist");

      // 退出 in the account menu, as the official signs out
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.account > a"))).click();
      By logout = By.cssSelector("li.account li.logout a[data-cc-sso]");
      wait.until(ExpectedConditions.presenceOfElementLocated(logout));
      ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();",
          browser.driver().findElement(logout));

      wait.until(d -> onProviderSignIn(d));
      browser.open("/camunda/app/tasklist/default/");
      wait.until(d -> onProviderSignIn(d));
      assertThat(browser.driver().findElements(By.id("username"))).isNotEmpty();
    }
  }

  private static void signInAtTheProvider(WebDriver driver, WebDriverWait wait, String official) {
    wait.until(d -> onProviderSignIn(d));
    driver.findElement(By.id("username")).sendKeys(official);
    driver.findElement(By.id("password")).sendKeys(TestIdentityProvider.PASSWORD);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
  }

  private static boolean onProviderSignIn(WebDriver driver) {
    return driver.getCurrentUrl().startsWith("http://127.0.0.1:") && !driver.findElements(By.id("username")).isEmpty();
  }
}
