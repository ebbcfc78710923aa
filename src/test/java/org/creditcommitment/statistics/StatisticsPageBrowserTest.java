package org.creditcommitment.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.creditcommitment.Browser;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.commitment.CaseRecord;
import org.creditcommitment.commitment.CaseScenarios;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The statistics page in headless Chromium, signed in once through the webapps' login page. The figures
 * are global, so the cases this test looks at are moved to a day of their own ({@link #DAY}) and the page
 * is asked for that day: a department whose only case never reached a fulfilment decision (rate unknown)
 * and one whose only decided case was punished (rate 0 %).
 */
@Tag("browser")
class StatisticsPageBrowserTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** No other test creates cases on this day. */
  private static final String DAY = "2002-06-15";
  private static final String UNKNOWN_DEPARTMENT = "jtj";
  private static final String UNKNOWN_DEPARTMENT_NAME = "交通运输局";
  private static final String ZERO_DEPARTMENT = "yjj";
  private static final String ZERO_DEPARTMENT_NAME = "应急管理局";

  /** Item codes {unknown rate, 0 %}, built once per JVM (the H2 and the PostgreSQL runs each build their own). */
  private static String[] items;

  @Autowired CaseScenarios scenarios;
  @Autowired JdbcTemplate jdbc;

  private String[] dataSet() throws Exception {
    if (items != null) {
      return items;
    }
    String unknown = item(UNKNOWN_DEPARTMENT);
    String zero = item(ZERO_DEPARTMENT);
    // not eligible: ends as STANDARD_REVIEW, which is neither kept nor broken: no denominator
    CaseRecord standardReview = scenarios.notEligible(unknown);
    assertThat(standardReview.eligible()).isFalse();
    CaseRecord punished = scenarios.punishedAfterRefusingRectification(zero);
    assertThat(punished.endState()).isEqualTo("PUNISHED");
    OffsetDateTime day = OffsetDateTime.of(2002, 6, 15, 10, 0, 0, 0, ZoneOffset.ofHours(8));
    jdbc.update("update commitment_case set created_at = ? where case_no in (?, ?)", day, standardReview.caseNo(),
        punished.caseNo());
    items = new String[] {unknown, zero};
    return items;
  }

  private String item(String department) throws Exception {
    String code = "TJP-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    var body = JSON.createObjectNode().put("name", "统计页面测试事项" + code).put("department", department)
        .put("openToCommitment", true).put("category", "CERTIFICATION")
        .put("conditions", "具备统计测试所需条件").put("standards", "统计测试标准");
    body.putPOJO("commitmentTypes", List.of("NOTIFY_COMMIT"));
    body.putPOJO("periods", Map.of("signing", "5WD", "decision", "10WD", "inspection", "P3M",
        "rectification", "15WD"));
    body.putPOJO("materials", List.of("申请表"));
    HttpResponse<String> saved = http.put("/api/catalogue/" + code, "admin", JSON.writeValueAsString(body));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    return code;
  }

  @Test
  void creditOfficeSeesItsNamePinnedIdentifyingColumnsAndUnknownRatesApartFromZero() throws Exception {
    String[] codes = dataSet();
    try (Browser browser = Browser.start(port)) {
      JavascriptExecutor js = browser.driver();
      WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(30));
      browser.logIn("credit-office", "demo");
      browser.open("/statistics/");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#table tbody tr")));

      assertThat(browser.driver().findElement(By.id("user-name")).getText()).contains("赵磊");
      assertThat(browser.driver().findElement(By.cssSelector(".cc-header")).getText()).doesNotContain("credit-office");
      assertThat(browser.driver().findElements(By.cssSelector("input[type=password]"))).as("no login form of its own")
          .isEmpty();

      // the day of this test's cases only
      js.executeScript("var f = document.getElementById('filter'); f.from.value = arguments[0]; f.to.value = arguments[0];",
          DAY);
      browser.driver().findElement(By.cssSelector("#filter button[type=submit]")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), DAY));

      @SuppressWarnings("unchecked")
      List<String> headers = (List<String>) js.executeScript(
          "return Array.from(document.querySelectorAll('#table thead th')).map(th => th.textContent)");
      @SuppressWarnings("unchecked")
      List<List<String>> rows = (List<List<String>>) js.executeScript("return Array.from(document.querySelectorAll("
          + "'#table tbody tr')).map(tr => Array.from(tr.cells).map(td => td.textContent))");
      int code = headers.indexOf("事项编码");
      int rate = headers.indexOf("践诺率");
      assertThat(code).isEqualTo(2);
      assertThat(rate).isPositive();
      assertThat(row(rows, code, codes[0]).get(rate)).as("no denominator").isEqualTo("—");
      assertThat(row(rows, code, codes[1]).get(rate)).as("a real zero").isEqualTo("0.0%");
      // an external PostgreSQL may keep earlier runs' cases of this day: they are of the same two kinds
      assertThat(subtotal(rows, UNKNOWN_DEPARTMENT_NAME).get(rate)).isEqualTo("—");
      assertThat(subtotal(rows, ZERO_DEPARTMENT_NAME).get(rate)).isEqualTo("0.0%");
      assertThat(rows.get(rows.size() - 1).get(0)).isEqualTo("合计");
      assertThat(rows.get(rows.size() - 1).get(rate)).isEqualTo("0.0%");
      assertThat(js.executeScript("return Array.from(document.querySelectorAll('#table td.unknown'))"
          + ".every(td => td.textContent === '—')")).isEqualTo(true);
      assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("“—”表示无数据");

      // the chart: no bar and "无数据" for the unknown rate, a "0.0%" label at the axis for the real zero
      String described = browser.driver().findElement(By.id("chart-fulfilment")).getAttribute("aria-label");
      assertThat(described).contains(UNKNOWN_DEPARTMENT_NAME + " 无数据", ZERO_DEPARTMENT_NAME + " 0.0%");
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> bars = (List<Map<String, Object>>) js.executeScript("return echarts.getInstanceByDom("
          + "document.getElementById('chart-fulfilment')).getOption().series[0].data"
          + ".map(d => ({ label: d.label.formatter, color: (d.itemStyle || {}).color || '' }))");
      assertThat(bars).hasSize(2);
      assertThat(bars.get(0)).containsEntry("label", "无数据").containsEntry("color", "rgba(0, 0, 0, 0)");
      assertThat(bars.get(1)).containsEntry("label", "0.0%").containsEntry("color", "");

      // 考核指标: the headline 践诺率（已核查） and the other indicators, each a figure or "—", never blank or NaN
      for (String id : List.of("indicator-fulfilment", "indicator-reporting", "indicator-compliance",
          "indicator-code-errors")) {
        assertThat(browser.driver().findElement(By.id(id)).getText()).as(id).matches("—|\\d+\\.\\d+%?");
      }
      assertThat(headers).contains("已核查践诺", "未抽中（视为践诺）", "未践诺", "践诺率（已核查）", "上报率", "合规率",
          "重错码率（每万）");
      assertThat(browser.driver().findElement(By.id("chart-fulfilment-split")).getAttribute("aria-label"))
          .contains("已核查践诺", "未抽中");

      String text = browser.driver().findElement(By.tagName("body")).getText();
      assertThat(text).as("no English or programming words on the page")
          .doesNotContain("Select", "null", "undefined", "NaN", "credit-office");
      browser.screenshot("statistics");

      // narrower than the table: the identifying columns stay where they are while the figures scroll
      browser.driver().manage().window().setSize(new Dimension(1000, 900));
      js.executeScript("document.getElementById('table-wrap').scrollIntoView({ block: 'center' })");
      String firstCell = "document.querySelector('#table tbody tr td')";
      double before = ((Number) js.executeScript("return " + firstCell + ".getBoundingClientRect().left")).doubleValue();
      Number scrolled = (Number) js.executeScript("var w = document.getElementById('table-wrap');"
          + " w.scrollLeft = w.scrollWidth; return w.scrollLeft");
      assertThat(scrolled.doubleValue()).as("the table is wider than its box").isPositive();
      double after = ((Number) js.executeScript("return " + firstCell + ".getBoundingClientRect().left")).doubleValue();
      assertThat(after).isCloseTo(before, within(1.0));
      Object onTop = js.executeScript("var cell = " + firstCell + "; var r = cell.getBoundingClientRect();"
          + " var hit = document.elementFromPoint(r.left + 3, r.top + r.height / 2);"
          + " return hit !== null && (hit === cell || cell.contains(hit))");
      assertThat(onTop).as("the pinned cell is not covered by the scrolled figures").isEqualTo(true);
      Object headerPinned = js.executeScript("return getComputedStyle(document.querySelector('#table thead th'))"
          + ".position === 'sticky'");
      assertThat(headerPinned).isEqualTo(true);
      browser.screenshot("statistics-scrolled");
    }
  }

  @Test
  @Tag("browser")
  void theCreditOfficeSeesPenaltyAndLicensingDataApartAndTheListOfWrongCodesWhichAnApproverDoesNot() throws Exception {
    dataSet();
    try (Browser browser = Browser.start(port)) {
      JavascriptExecutor js = browser.driver();
      WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(30));
      browser.logIn("credit-office", "demo");
      browser.open("/statistics/");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#table tbody tr")));
      js.executeScript("var f = document.getElementById('filter'); f.from.value = arguments[0]; f.to.value = arguments[0];",
          DAY);
      browser.driver().findElement(By.cssSelector("#filter button[type=submit]")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("code-errors-summary"), DAY));

      // the day's one punishment was decided before the decision was dated (its date moved back): no timeliness, "—"
      for (String kind : List.of("licensing", "penalty")) {
        for (String rate : List.of("reporting", "compliance", "timeliness")) {
          String id = "indicator-" + kind + "-" + rate;
          assertThat(browser.driver().findElement(By.id(id)).getText()).as(id).matches("—|\\d+\\.\\d+%");
        }
      }
      assertThat(browser.driver().findElement(By.id("indicator-penalty-reporting")).getText()).isEqualTo("100.0%");
      @SuppressWarnings("unchecked")
      List<String> headers = (List<String>) js.executeScript(
          "return Array.from(document.querySelectorAll('#table thead th')).map(th => th.textContent)");
      assertThat(headers).contains("许可信息及时率", "处罚信息上报率", "处罚信息合规率", "处罚信息及时率", "重码数");
      assertThat(browser.driver().findElement(By.id("code-errors")).isDisplayed()).isTrue();
      assertThat(browser.driver().findElement(By.id("code-errors-table")).getText()).contains("统一社会信用代码",
          "问题类型");
      String text = browser.driver().findElement(By.tagName("body")).getText();
      assertThat(text).contains("重错码清单").doesNotContain("null", "undefined", "NaN");
      js.executeScript("document.getElementById('code-errors').scrollIntoView({ block: 'center' })");
      browser.screenshot("statistics-code-errors");
    }
    // an approver reads the public figures, not the list that names subjects
    try (Browser browser = Browser.start(port)) {
      WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(30));
      browser.logIn("approver", "demo");
      browser.open("/statistics/");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#table tbody tr")));
      wait.until(d -> d.findElement(By.id("indicator-penalty-timeliness")).getText().length() > 0);
      assertThat(browser.driver().findElement(By.id("code-errors")).isDisplayed()).isFalse();
      assertThat(browser.driver().findElement(By.id("message")).isDisplayed()).isFalse();
    }
  }

  @Test
  void aClerkSignedInSeesWhyAndNothingOfTheReport() {
    try (Browser browser = Browser.start(port)) {
      WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(30));
      browser.logIn("clerk", "demo");
      browser.open("/statistics/");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "无权查看统计"));

      assertThat(browser.driver().findElement(By.id("message")).getText()).contains("信用办", "审计");
      assertThat(browser.driver().findElement(By.id("report")).isDisplayed()).isFalse();
      assertThat(browser.driver().findElements(By.cssSelector("#table tbody tr"))).isEmpty();
      assertThat(browser.driver().findElement(By.id("user-name")).getText()).contains("张敏");
      String text = browser.driver().findElement(By.tagName("body")).getText();
      assertThat(text).doesNotContain("Select", "null", "undefined", "NaN", "Forbidden", "403");
    }
  }

  private static List<String> subtotal(List<List<String>> rows, String departmentName) {
    return rows.stream().filter(r -> r.get(0).equals("部门小计") && r.get(1).equals(departmentName)).findFirst()
        .orElseThrow(() -> new AssertionError("no subtotal of " + departmentName + " in " + rows));
  }

  private static List<String> row(List<List<String>> rows, int column, String value) {
    return rows.stream().filter(r -> value.equals(r.get(column))).findFirst()
        .orElseThrow(() -> new AssertionError("no row with " + value + " in " + rows));
  }
}
