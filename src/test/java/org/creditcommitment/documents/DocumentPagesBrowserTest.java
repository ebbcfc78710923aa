package org.creditcommitment.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.creditcommitment.Browser;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.commitment.CaseRecord;
import org.creditcommitment.commitment.CaseScenarios;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pages people use for documents, in headless Chromium: anyone verifies a document by its code without a login
 * and learns whether an uploaded file is the one issued; a clerk lists a case's documents from the link on the task
 * form, prints one and issues a subject's credit report with the Tasklist login alone; the auditor sees the case's
 * documents beside its history.
 */
@Tag("browser")
class DocumentPagesBrowserTest extends IntegrationTest {

  @Autowired CaseScenarios scenarios;
  @Autowired Documents documents;

  @Test
  void anyoneVerifiesADocumentByItsCodeAndLearnsWhetherAnUploadedFileIsTheOneIssued(@TempDir Path dir)
      throws Exception {
    CaseRecord c = scenarios.fulfilled("SCJG-SP-001");
    IssuedDocument licence = documents.forCase(c.caseNo()).stream()
        .filter(d -> d.type() == DocumentType.LICENCE_DECISION).findFirst().orElseThrow();
    byte[] pdf = documents.content(licence);
    Path same = Files.write(dir.resolve("same.pdf"), pdf);
    byte[] changed = Arrays.copyOf(pdf, pdf.length);
    changed[changed.length / 2] ^= 0x01;
    Path altered = Files.write(dir.resolve("altered.pdf"), changed);

    try (Browser browser = Browser.start(port)) {
      browser.open("/public/documents/" + licence.verificationCode());
      WebDriver driver = browser.driver();
      WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(30));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "有效"));
      assertThat(driver.findElement(By.id("title")).getText()).isEqualTo("准予行政许可决定书");
      assertThat(driver.findElement(By.id("number")).getText()).isEqualTo(licence.number());
      assertThat(driver.findElement(By.id("issuer")).getText()).contains("市场监督管理局");
      assertThat(driver.findElement(By.id("subject")).getText()).contains(c.applicantName());
      assertThat(driver.findElement(By.id("sha256")).getText()).isEqualTo(licence.sha256());

      driver.findElement(By.id("compare-file")).sendKeys(altered.toString());
      driver.findElement(By.id("compare")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("comparison"), "不一致"));
      driver.findElement(By.id("compare-file")).clear();
      driver.findElement(By.id("compare-file")).sendKeys(same.toString());
      driver.findElement(By.id("compare")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("comparison"), "完全一致"));
      browser.screenshot("document-verification");

      documents.invalidate(c.caseNo(), DocumentType.LICENCE_DECISION, "行政许可已撤销");
      driver.navigate().refresh();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "已失效"));
      assertThat(driver.findElement(By.id("result")).getText()).contains("行政许可已撤销");

      browser.open("/public/documents/0000-0000-0000-0000");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "未找到"));
    }
  }

  @Test
  void aClerkListsACasesDocumentsAndIssuesTheSubjectsCreditReportWithTheTasklistLogin() {
    CaseRecord c = scenarios.fulfilled("SCJG-SP-001");

    try (Browser browser = Browser.start(port)) {
      browser.logIn("clerk", "demo");
      browser.open("/documents/?caseNo=" + c.caseNo());
      WebDriver driver = browser.driver();
      WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(30));
      wait.until(d -> d.findElements(By.cssSelector("#documents tr.document")).size() == 4);
      assertThat(driver.findElement(By.id("documents")).getText()).contains("信用承诺告知书", "信用承诺书", "受理通知书",
          "准予行政许可决定书", "汕市监承〔");
      browser.screenshot("case-documents");

      driver.findElement(By.id("report-code")).sendKeys(c.applicantCode());
      driver.findElement(By.id("issue-report")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reports"), "信用承诺履约报告"));
      assertThat(driver.findElement(By.id("reports")).getText()).contains("汕信用报〔");
      assertThat(documents.forSubject(c.applicantCode(), DocumentType.CREDIT_REPORT)).hasSize(1);
    }
  }

  @Test
  void aMistypedCaseNumberIsNotFoundAndOneTypedInLowerCaseListsTheCasesDocuments() {
    CaseRecord c = scenarios.fulfilled("SCJG-SP-001");

    try (Browser browser = Browser.start(port)) {
      browser.logIn("clerk", "demo");
      WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(30));
      browser.open("/documents/?caseNo=XY20991231999999");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "未找到该办件"));
      assertThat(browser.driver().findElement(By.id("documents")).getText()).doesNotContain("尚未出具");

      browser.open("/documents/?caseNo=" + c.caseNo().toLowerCase(java.util.Locale.ROOT));
      wait.until(d -> d.findElements(By.cssSelector("#documents tr.document")).size() == 4);
      assertThat(browser.driver().findElement(By.id("message")).isDisplayed()).isFalse();
    }
  }

  @Test
  void theAuditorSeesTheCasesDocumentsBesideItsHistory() {
    CaseRecord c = scenarios.fulfilled("SCJG-SP-001");

    try (Browser browser = Browser.start(port)) {
      browser.logIn("auditor", "demo");
      browser.open("/audit/#/case/" + c.caseNo());
      WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(30));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-documents"), "准予行政许可决定书"));
      assertThat(browser.driver().findElement(By.id("case-documents")).getText()).contains("信用承诺告知书",
          "受理通知书");
    }
  }
}
