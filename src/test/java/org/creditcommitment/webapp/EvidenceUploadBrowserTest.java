package org.creditcommitment.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creditcommitment.evidence.EvidenceUploads.uploaded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.creditcommitment.Browser;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.evidence.EvidenceFiles;
import org.creditcommitment.evidence.EvidenceSamples;
import org.creditcommitment.evidence.StoredEvidence;
import org.creditcommitment.objection.CreditFileDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Tasklist, the official answering an objection sees the applicant's evidence file as a download link on the form
 * and uploads the unit's own file from the form: the upload button fills in its id, and completing the task attaches
 * it to the objection.
 */
@Tag("browser")
class EvidenceUploadBrowserTest extends IntegrationTest {

  @Autowired CreditFileDriver creditFiles;
  @Autowired EvidenceFiles evidence;

  private Browser browser;
  private WebDriverWait wait;

  @BeforeEach
  void start() {
    browser = Browser.start(port);
    wait = browser.waitUpTo(Duration.ofSeconds(30));
  }

  @AfterEach
  void stop() {
    browser.close();
  }

  @Test
  void theProviderReadsTheApplicantsFileOnTheFormAndUploadsItsOwnWhichTheAnswerAttaches() throws IOException {
    String code = creditFiles.subject();
    long recordId = creditFiles.record(code);
    UUID applicants = uploaded(http, "portal", "复议决定书.pdf", "application/pdf", EvidenceSamples.pdf());
    var filed = http.post("/api/objections", "portal", "{\"subjectCode\":\"" + code + "\",\"recordId\":" + recordId
        + ",\"reason\":\"处罚决定已撤销\",\"evidenceFiles\":[\"" + applicants + "\"]}");
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    String objectionNo = filed.body().replaceAll(".*\"objectionNo\":\"([^\"]+)\".*", "$1");
    creditFiles.runJobs(filed.body().replaceAll(".*\"processInstanceId\":\"([^\"]+)\".*", "$1"));

    browser.logIn("provider", "demo");
    openTask(objectionNo);
    WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector(".fjs-form a[href='/api/evidence/" + applicants + "']")));
    assertThat(link.getText()).isEqualTo("复议决定书.pdf");

    Path file = Files.createTempFile("check-record", ".png");
    Files.write(file, EvidenceSamples.png());
    WebElement picker = browser.driver().findElement(By.cssSelector(".cc-evidence-upload input[type=file]"));
    script("arguments[0].hidden = false;", picker);
    picker.sendKeys(file.toAbsolutePath().toString());
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".cc-evidence-status"), "已上传"));
    browser.screenshot("provider-evidence-upload");
    // form-js takes the id into its state after its input debounce, as it does typed text; a person reads the
    // confirmation before choosing the outcome
    pause(Duration.ofMillis(1000));

    click(browser.driver().findElement(By.xpath("//label[normalize-space()='经核实无误，维持原记录']//input"
        + " | //label[normalize-space()='经核实无误，维持原记录']/preceding-sibling::input[1]")));
    WebElement explanation = browser.driver().findElement(By.xpath("//div[contains(@class,'fjs-form-field')]"
        + "[./label[starts-with(normalize-space(), '核实情况及理由')]]//textarea"));
    explanation.sendKeys("经核实，该失信记录认定依据充分，予以维持");
    pause(Duration.ofMillis(800)); // form-js takes typed text into its state after a short debounce
    click(browser.driver().findElement(By.xpath("//button[normalize-space()='完成']")));
    wait.until(d -> processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(objectionNo)
        .taskDefinitionKey("Task_AnswerObjection").count() == 0);

    assertThat(evidence.of("objection", objectionNo)).extracting(StoredEvidence::fileName)
        .containsExactly("复议决定书.pdf", file.getFileName().toString());
  }

  private void openTask(String objectionNo) {
    String search = "[{\"type\":\"processVariables\",\"operator\":\"eq\",\"value\":\"" + objectionNo
        + "\",\"name\":\"objectionNo\"}]";
    browser.open("/camunda/app/tasklist/default/#/?searchQuery="
        + java.net.URLEncoder.encode(search, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
    By cardLocator = By.xpath("//li[contains(@class,'task')][.//*[contains(text(),'" + objectionNo + "')]]");
    WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(cardLocator));
    click(card.findElement(By.cssSelector("h4 a")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form-field")));
    var claim = browser.driver().findElements(By.cssSelector("button.claim"));
    if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
      click(claim.get(0));
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    }
    wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
        "const editable = Array.from(document.querySelectorAll('.fjs-form-field:not(.fjs-readonly) input,"
            + " .fjs-form-field:not(.fjs-readonly) textarea'));"
            + "return editable.length > 0 && editable.every(i => !i.disabled);"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cc-evidence-upload button")));
  }

  private Object script(String script, Object... args) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
  }

  private void click(WebElement element) {
    script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
