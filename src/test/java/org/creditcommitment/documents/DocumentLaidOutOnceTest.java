package org.creditcommitment.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.subject.TestCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The document's row is the job, the layout pool only a way to do it sooner: a document the pool cannot take is laid
 * out by the periodic run, and the pool and the run laying out one document at once write it once.
 */
class DocumentLaidOutOnceTest extends IntegrationTest {

  @Autowired Documents documents;
  @Autowired DocumentLayouts layouts;
  @Autowired DocumentLayoutWorkers workers;
  @Autowired DocumentsProperties properties;
  @Autowired JdbcTemplate jdbc;

  private Path broken;

  @AfterEach
  void repair() throws IOException {
    if (broken != null) {
      Files.deleteIfExists(broken);
      broken = null;
    }
    clock.reset();
  }

  private IssuedDocument issue() {
    return documents.issue(new DocumentRequest(DocumentType.DENIAL_DECISION, "YY" + System.nanoTime(),
        TestCodes.uscc(), "某某餐饮有限公司", "食品经营许可（仅销售预包装食品）", "scjg", null,
        Map.of("reason", "经营场所不符合许可条件。")));
  }

  private int issuedEvents(IssuedDocument document) {
    return jdbc.queryForObject("select count(*) from audit_event where ref = ? and type = ?", Integer.class,
        document.caseNo(), Documents.ISSUED_EVENT);
  }

  @Test
  void aDocumentThatFindsTheLayoutQueueFullIsLaidOutByThePeriodicRun() throws Exception {
    ThreadPoolExecutor full = DocumentLayoutWorkers.pool(1, 1);
    CountDownLatch busy = new CountDownLatch(1);
    java.util.concurrent.Executor before = workers.use(full);
    try {
      full.execute(() -> {
        try {
          busy.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      IssuedDocument queued = issue();
      IssuedDocument refused = issue();

      busy.countDown();
      full.shutdown();
      assertThat(full.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
      assertThat(documents.find(queued.id()).orElseThrow().laidOut()).as("laid out by the pool").isTrue();
      assertThat(documents.find(refused.id()).orElseThrow().laidOut()).as("left to the periodic run").isFalse();

      layouts.layOutDue();
      assertThat(documents.find(refused.id()).orElseThrow().laidOut()).as("not before its grace").isFalse();
      clock.advance(Duration.ofMinutes(2));
      layouts.layOutDue();
      IssuedDocument laidOut = documents.find(refused.id()).orElseThrow();
      assertThat(laidOut.laidOut()).isTrue();
      assertThat(IssuedPdfs.text(documents, laidOut)).contains(laidOut.number());
    } finally {
      busy.countDown();
      workers.use(before);
      full.shutdownNow();
    }
  }

  @Test
  void thePoolAndThePeriodicRunLayingOutOneDocumentAtOnceWriteItOnce() throws Exception {
    Files.createDirectories(properties.templateDir());
    broken = properties.templateDir().resolve(DocumentType.DENIAL_DECISION.template() + ".html");
    Files.writeString(broken, "<html><body><p th:text=\"${doc.noSuchField}\">x</p></body></html>");
    IssuedDocument pending = issue();
    assertThat(documents.find(pending.id()).orElseThrow().laidOut()).isFalse();
    Files.delete(broken);
    broken = null;
    clock.advance(Duration.ofMinutes(2));

    ExecutorService both = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Boolean>> attempts = List.of(
          both.submit(() -> {
            go.await();
            return layouts.layOut(pending.id());
          }),
          both.submit(() -> {
            go.await();
            layouts.layOutDue();
            return true;
          }));
      go.countDown();
      for (Future<Boolean> attempt : attempts) {
        assertThat(attempt.get(60, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      both.shutdownNow();
    }

    IssuedDocument laidOut = documents.find(pending.id()).orElseThrow();
    assertThat(laidOut.laidOut()).isTrue();
    assertThat(issuedEvents(laidOut)).as("one issue in the case's timeline").isEqualTo(1);
    byte[] bytes = documents.content(laidOut);
    layouts.layOut(laidOut.id());
    assertThat(documents.content(laidOut)).as("byte-stable once issued").isEqualTo(bytes);
    assertThat(issuedEvents(laidOut)).isEqualTo(1);
  }
}
