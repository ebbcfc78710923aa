package org.creditcommitment.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.creditcommitment.Browser;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.commitment.AuditedCases;
import org.creditcommitment.commitment.CaseRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Officials approve away from their desk: on a phone (390×844) Tasklist and the product's pages fit the screen's
 * width (nothing to scroll sideways but a wide table inside its own box), the task list and a task's form are reached
 * by tapping. Screenshots go to target/screens (phone-*.png).
 */
@Tag("browser")
class OfficialsOnAPhoneBrowserTest extends IntegrationTest {

  @Autowired AuditedCases cases;

  @Test
  void onAPhoneTasklistAndTheProductsPagesFitTheScreenAndTheTaskFormIsReached() {
    CaseRecord c = cases.atDecision(cases.subject("AA"));
    try (Browser browser = Browser.start(port)) {
      browser.driver().manage().window().setSize(new Dimension(390, 844));
      browser.logIn("approver", "demo");
      WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(30));

      browser.open("/camunda/app/tasklist/default/#/?searchQuery=" + java.net.URLEncoder.encode(
          "[{\"type\":\"processVariables\",\"operator\":\"eq\",\"value\":\"" + c.caseNo() + "\",\"name\":\"caseNo\"}]",
          java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
      By card = By.xpath("//li[contains(@class,'task')][.//*[contains(text(),'" + c.caseNo() + "')]]");
      wait.until(ExpectedConditions.visibilityOfElementLocated(card));
      pause();
      browser.screenshot("phone-tasklist");
      assertFits(browser, "Tasklist's list");
      assertOnScreen(browser, browser.driver().findElement(card), "the task's card");

      browser.driver().findElement(card).findElement(By.cssSelector("h4 a")).click();
      WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form")));
      wait.until(d -> !d.findElements(By.cssSelector(".fjs-form-field")).isEmpty());
      pause();
      script(browser, "arguments[0].scrollIntoView({block: 'start'})", form);
      browser.screenshot("phone-task");
      assertFits(browser, "the task's form");
      assertOnScreen(browser, form, "the task's form");

      // the product's pages as the auditor reads them (an approver has no audit page)
      browser.logOut();
      browser.logIn("auditor", "demo");
      for (String page : List.of("/audit/", "/audit/#/case/" + c.caseNo(), "/documents/?caseNo=" + c.caseNo(),
          "/statistics/")) {
        browser.open("/camunda/app/welcome/default/");
        browser.open(page);
        wait.until(d -> !d.findElements(By.cssSelector("main:not([hidden])")).isEmpty());
        pause();
        browser.screenshot("phone" + page.replaceAll("[^a-z]+", "-").replaceAll("-$", ""));
        assertFits(browser, page);
      }
    }
  }

  /** Nothing reaches past the screen's right edge: the page does not scroll sideways. */
  private static void assertFits(Browser browser, String where) {
    @SuppressWarnings("unchecked")
    Map<String, Object> widths = (Map<String, Object>) script(browser, "return {page: Math.max("
        + "document.documentElement.scrollWidth, document.body.scrollWidth), screen: window.innerWidth,"
        + " wide: Array.from(document.querySelectorAll('body *')).filter(e => {"
        + "  const r = e.getBoundingClientRect(); if (!r.width || r.right <= window.innerWidth + 1) { return false; }"
        + "  for (let p = e.parentElement; p; p = p.parentElement) {"
        + "   const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') {"
        + "    return p.getBoundingClientRect().right > window.innerWidth + 1; } }"
        + "  return true; }).slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round("
        + "e.getBoundingClientRect().right))};");
    assertThat(((Number) widths.get("page")).intValue()).as(where + " is wider than the phone: " + widths.get("wide"))
        .isLessThanOrEqualTo(((Number) widths.get("screen")).intValue());
  }

  private static void assertOnScreen(Browser browser, WebElement element, String what) {
    @SuppressWarnings("unchecked")
    Map<String, Object> box = (Map<String, Object>) script(browser,
        "const r = arguments[0].getBoundingClientRect(); return {left: r.left, right: r.right, width: r.width,"
            + " screen: window.innerWidth};", element);
    assertThat(((Number) box.get("width")).doubleValue()).as(what + " is shown").isGreaterThan(200);
    assertThat(((Number) box.get("left")).doubleValue()).as(what + " starts on the screen").isGreaterThanOrEqualTo(0);
    assertThat(((Number) box.get("right")).doubleValue()).as(what + " ends on the screen")
        .isLessThanOrEqualTo(((Number) box.get("screen")).doubleValue() + 1);
  }

  private static Object script(Browser browser, String script, Object... args) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
  }

  /** Tasklist and the pages lay out after their data arrives: a moment, as a person would wait. */
  private static void pause() {
    try {
      Thread.sleep(1500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
