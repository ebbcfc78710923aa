package org.creditcommitment.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.subject.TestCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A deciding step commits its outcome without waiting for its document's number counter or its layout: the number
 * is taken as the step commits, the PDF is laid out after the commit, and a layout that fails leaves the step
 * committed and the document 出具中 until a retry lays it out.
 */
class DocumentIssuedAtCommitTest extends IntegrationTest {

  @Autowired Documents documents;
  @Autowired DocumentLayouts layouts;
  @Autowired DocumentsProperties properties;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  private final ObjectMapper json = new ObjectMapper();
  private Path broken;

  @AfterEach
  void repair() throws IOException {
    if (broken != null) {
      Files.deleteIfExists(broken);
      broken = null;
    }
    clock.reset();
  }

  private IssuedDocument issue(String caseNo) {
    return documents.issue(new DocumentRequest(DocumentType.DENIAL_DECISION, caseNo, TestCodes.uscc(),
        "某某餐饮有限公司", "食品经营许可（仅销售预包装食品）", "scjg", null, Map.of("reason", "经营场所不符合许可条件。")));
  }

  private int sequence(IssuedDocument document) {
    return jdbc.queryForObject("select number_seq from issued_document where id = ?", Integer.class, document.id());
  }

  @Test
  void theDepartmentsCounterIsFreeWhileTheIssuingStepGoesOnAndItsNumberIsTakenAsItCommits() throws Exception {
    TransactionTemplate step = new TransactionTemplate(transactionManager);
    ExecutorService otherOfficial = Executors.newSingleThreadExecutor();
    try {
      IssuedDocument[] both = step.execute(status -> {
        IssuedDocument mine = issue("YY" + System.nanoTime());
        // while this step goes on, another official of the department issues and commits a document
        Future<IssuedDocument> theirs = otherOfficial.submit(() -> issue("YY" + System.nanoTime()));
        IssuedDocument other;
        try {
          other = theirs.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new AssertionError("the other official waited for this step's counter row", e);
        }
        assertThat(jdbc.queryForObject("select sha256 from issued_document where id = ?", String.class, mine.id()))
            .as("not laid out inside the issuing transaction").isNull();
        return new IssuedDocument[] {mine, other};
      });
      IssuedDocument mine = documents.find(both[0].id()).orElseThrow();
      IssuedDocument other = documents.find(both[1].id()).orElseThrow();
      assertThat(sequence(mine)).as("numbered in commit order").isEqualTo(sequence(other) + 1);
      assertThat(mine.number()).isEqualTo(both[0].number()).endsWith(sequence(mine) + "号");
      assertThat(mine.laidOut()).as("laid out once the step committed").isTrue();
      assertThat(IssuedPdfs.text(documents, mine)).contains(mine.number());
    } finally {
      otherOfficial.shutdownNow();
    }
  }

  @Test
  void aStepThatRollsBackTakesNoNumberAndANumberAskedForInTheStepIsTheOneStored() {
    TransactionTemplate step = new TransactionTemplate(transactionManager);
    IssuedDocument before = issue("YY" + System.nanoTime());
    long rolledBack = step.execute(status -> {
      status.setRollbackOnly();
      return issue("YY" + System.nanoTime()).id();
    });
    String[] asked = new String[1];
    IssuedDocument after = step.execute(status -> {
      IssuedDocument issued = issue("YY" + System.nanoTime());
      asked[0] = issued.number();
      return issued;
    });

    assertThat(documents.find(rolledBack)).isEmpty();
    assertThat(sequence(after)).as("no gap").isEqualTo(sequence(before) + 1);
    assertThat(documents.find(after.id()).orElseThrow().number()).isEqualTo(asked[0]).isEqualTo(after.number());
  }

  @Test
  void aDocumentThatCannotBeLaidOutLeavesItsStepCommittedReadsBeingIssuedAndIsServedOnceARetryLaysItOut()
      throws Exception {
    Files.createDirectories(properties.templateDir());
    broken = properties.templateDir().resolve(DocumentType.DENIAL_DECISION.template() + ".html");
    Files.writeString(broken, "<html><body><p th:text=\"${doc.noSuchField}\">x</p></body></html>");
    String caseNo = "YY" + System.nanoTime();

    IssuedDocument issued = issue(caseNo);

    IssuedDocument stored = documents.find(issued.id()).orElseThrow();
    assertThat(stored.number()).as("the step committed with its number").isNotBlank();
    assertThat(stored.laidOut()).isFalse();
    assertThat(documents.view(stored).laidOut()).isFalse();
    assertThat(documents.view(stored).pdf()).isNull();
    JsonNode page = json.readTree(http.get("/public/api/documents/" + stored.verificationCode(), null).body());
    assertThat(page.get("status").asText()).isEqualTo("出具中");
    assertThat(page.get("number").asText()).isEqualTo(stored.number());
    assertThat(page.get("pdf").isNull()).isTrue();
    HttpResponse<String> pdf = http.get("/public/api/documents/" + stored.verificationCode() + "/pdf", null);
    assertThat(pdf.statusCode()).isEqualTo(409);
    assertThat(pdf.body()).contains("document-being-issued");
    assertThat(jdbc.queryForObject("select render_attempts from issued_document where id = ?", Integer.class,
        stored.id())).isEqualTo(1);

    Files.delete(broken);
    broken = null;
    clock.advance(Duration.ofMinutes(2));
    layouts.layOutDue();

    IssuedDocument laidOut = documents.find(issued.id()).orElseThrow();
    assertThat(laidOut.laidOut()).isTrue();
    byte[] bytes = documents.content(laidOut);
    assertThat(documents.digest(laidOut, bytes)).isEqualTo(laidOut.sha256());
    assertThat(json.readTree(http.get("/public/api/documents/" + stored.verificationCode(), null).body())
        .get("status").asText()).isEqualTo("有效");
    // laid out once: a later run leaves the bytes as they were stored
    clock.advance(Duration.ofHours(2));
    layouts.layOutDue();
    layouts.layOut(laidOut.id());
    assertThat(documents.content(laidOut)).isEqualTo(bytes);
    assertThat(documents.find(issued.id()).orElseThrow().sha256()).isEqualTo(laidOut.sha256());
  }
}
