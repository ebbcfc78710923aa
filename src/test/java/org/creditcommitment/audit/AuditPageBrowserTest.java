package org.creditcommitment.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.TestDatabase;
import org.creditcommitment.commitment.AuditedCases;
import org.creditcommitment.commitment.CaseRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;

/**
 * The auditor page in headless Chromium (Debian's chromium and chromium-driver; .ci/run installs them):
 * log in as the auditor, find a case, see the diagram with the path taken and the timeline. Without
 * Chromium this test fails: it is the only check the page works.
 */
class AuditPageBrowserTest extends IntegrationTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /** An applicant name holding markup: the page must show it as text and never run it. */
  static final String HOSTILE_NAME = "<img src=x onerror=\"window.injected=1\">测试企业有限公司";

  @Autowired AuditedCases cases;

  private ChromeDriver browser;
  private Path profile;

  @BeforeEach
  void startBrowser() throws IOException {
    assertThat(Files.isExecutable(CHROMIUM)).as(CHROMIUM + " is missing: apt-get install chromium").isTrue();
    assertThat(Files.isExecutable(CHROMEDRIVER)).as(CHROMEDRIVER + " is missing: apt-get install chromium-driver")
        .isTrue();
    profile = Files.createTempDirectory("cc-chromium-");
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--lang=zh-CN");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1600, 1000));
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
    FileSystemUtils.deleteRecursively(profile.toFile());
  }

  @Test
  void auditorLogsInFindsTheCaseAndSeesThePathOnTheDiagramAndTheTimeline() throws IOException {
    String applicant = cases.subjectNamed(HOSTILE_NAME, "AA");
    CaseRecord c = cases.everyKindOfStep(applicant);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

    browser.get("http://localhost:" + port + "/audit/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-user"))).sendKeys("auditor");
    browser.findElement(By.id("login-password")).sendKeys("demo");
    browser.findElement(By.id("login-submit")).click();

    WebElement applicantField = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#search-form input[name=applicant]")));
    applicantField.sendKeys(applicant);
    browser.findElement(By.cssSelector("#search-form button[type=submit]")).click();
    WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.linkText(c.caseNo())));
    assertThat(browser.findElement(By.cssSelector("#results tbody")).getText()).contains(HOSTILE_NAME);
    link.click();

    wait.until(ExpectedConditions.attributeToBe(By.id("diagram"), "data-rendered", "true"));
    List<WebElement> passed = browser.findElements(By.cssSelector("#diagram svg .djs-element.cc-passed"));
    assertThat(passed).hasSizeGreaterThan(10);
    assertThat(browser.findElements(By.cssSelector("#diagram svg .djs-connection.cc-taken"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("#diagram [data-element-id=Task_InspectFulfilment].cc-passed")))
        .hasSize(1);
    List<WebElement> timeline = browser.findElements(By.cssSelector("#timeline li"));
    assertThat(timeline).hasSizeGreaterThan(30);
    String text = browser.findElement(By.id("timeline")).getText();
    assertThat(text).contains("流程启动", "任务完成", "规则判定（DMN）", "期限届满", "归集推送", "发生故障（事件）", "故障已解决",
        "操作人：clerk");
    assertThat(browser.findElement(By.id("case-title")).getText()).contains(c.caseNo(), "信用承诺办理");
    assertThat(((JavascriptExecutor) browser).executeScript("return window.injected === undefined")).isEqualTo(true);

    Path shot = Path.of("target", "audit-page-" + (TestDatabase.isPostgres() ? "postgres" : "h2") + ".png");
    File file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.createDirectories(shot.getParent());
    Files.copy(file.toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
  }
}
