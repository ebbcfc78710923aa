package org.creditcommitment.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.documents.seal.DocumentSealer;
import org.creditcommitment.subject.StoredSubjectCodes;
import org.creditcommitment.subject.SubjectCodes;
import org.creditcommitment.subject.TestCodes;
import org.creditcommitment.system.PublicBaseUrl;
import org.creditcommitment.system.SequenceNumbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Layouts on nodes of their own: an officials' node with {@code cc.documents.layout-here: false} commits a step's
 * document without laying it out, and its periodic run takes none; a layout node's run with
 * {@code cc.documents.layout-grace: 0} takes it at once, on its pool, and two layout nodes lay it out once. The nodes
 * are built by hand with those settings beside the suite's own (which lays out on the committing thread).
 */
class DocumentLayoutNodesTest extends IntegrationTest {

  @Autowired Documents documents;
  @Autowired DocumentLayouts layouts;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired DocumentRenderer renderer;
  @Autowired ObjectMapper objectMapper;
  @Autowired AuditLog audit;
  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;
  @Autowired DocumentDigests digests;
  @Autowired DocumentSealer sealer;
  @Autowired StoredSubjectCodes storedCodes;
  @Autowired NumbersAtCommit numbers;
  @Autowired DocumentsProperties properties;
  @Autowired Catalogue catalogue;
  @Autowired SubjectCodes subjectCodes;
  @Autowired SequenceNumbers sequences;
  @Autowired PublicBaseUrl links;
  @Autowired DocumentIssuers issuers;

  private final ObjectMapper json = new ObjectMapper();
  private final CountDownLatch busy = new CountDownLatch(1);
  private ThreadPoolExecutor pool;

  @AfterEach
  void stop() throws InterruptedException {
    busy.countDown();
    if (pool != null) {
      pool.shutdown();
      pool.awaitTermination(30, TimeUnit.SECONDS);
    }
    clock.reset();
  }

  private DocumentLayouts node(boolean here, Duration grace, DocumentLayoutWorkers workers) {
    return new DocumentLayouts(jdbc, renderer, objectMapper, audit, transactionManager, runtime, identity, clock,
        digests, workers, sealer, storedCodes, here, grace);
  }

  /** An officials' node: its own documents' service over a layout that does not lay out here. */
  private Documents officialsNode(DocumentLayouts notHere) {
    return new Documents(jdbc, numbers, notHere, properties, catalogue, subjectCodes, sequences, links, audit, clock,
        issuers, digests, storedCodes);
  }

  /** A step on that node: it issues its decision's document and commits. */
  private IssuedDocument step(Documents on) {
    return new TransactionTemplate(transactionManager).execute(status -> on.issue(new DocumentRequest(
        DocumentType.DENIAL_DECISION, "YY" + System.nanoTime(), TestCodes.uscc(), "某某餐饮有限公司",
        "食品经营许可（仅销售预包装食品）", "scjg", null, Map.of("reason", "经营场所不符合许可条件。"))));
  }

  private IssuedDocument stepOnAnOfficialsNode() {
    return step(officialsNode(node(false, Duration.ofMinutes(1), new DocumentLayoutWorkers(0, 1))));
  }

  private int issuedEvents(IssuedDocument document) {
    return jdbc.queryForObject("select count(*) from audit_event where ref = ? and type = ?", Integer.class,
        document.caseNo(), Documents.ISSUED_EVENT);
  }

  @Test
  void aNodeThatDoesNotLayOutLeavesItsStepsDocumentBeingIssuedAndItsPeriodicRunTakesNone() throws Exception {
    DocumentLayoutWorkers workers = new DocumentLayoutWorkers(0, 1);
    AtomicInteger handed = new AtomicInteger();
    workers.use(task -> handed.incrementAndGet());
    DocumentLayouts notHere = node(false, Duration.ZERO, workers);

    IssuedDocument issued = step(officialsNode(notHere));

    IssuedDocument stored = documents.find(issued.id()).orElseThrow();
    assertThat(stored.number()).as("the step committed with its number").isNotBlank();
    assertThat(stored.laidOut()).as("not laid out inline after the commit").isFalse();
    assertThat(handed).as("not handed to this node's pool").hasValue(0);
    assertThat(documents.view(stored).laidOut()).isFalse();
    JsonNode page = json.readTree(http.get("/public/api/documents/" + stored.verificationCode(), null).body());
    assertThat(page.get("status").asText()).isEqualTo("出具中");
    HttpResponse<String> pdf = http.get("/public/api/documents/" + stored.verificationCode() + "/pdf", null);
    assertThat(pdf.statusCode()).isEqualTo(409);
    assertThat(pdf.body()).contains("document-being-issued");

    clock.advance(Duration.ofMinutes(2));
    notHere.layOutDue();
    assertThat(documents.find(issued.id()).orElseThrow().laidOut()).as("its periodic run takes nothing").isFalse();
    assertThat(handed).hasValue(0);
  }

  @Test
  void aLayoutNodesRunWithNoGraceHandsANewDocumentToItsPoolAtOnce() {
    IssuedDocument pending = stepOnAnOfficialsNode();
    layouts.layOutDue();
    assertThat(documents.find(pending.id()).orElseThrow().laidOut()).as("a node with the default grace waits")
        .isFalse();

    DocumentLayoutWorkers workers = new DocumentLayoutWorkers(0, 1);
    pool = DocumentLayoutWorkers.pool(1, 100);
    workers.use(pool);
    // the pool's only thread is busy: what the run hands over can only wait in its queue
    pool.execute(() -> {
      try {
        busy.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    DocumentLayouts layoutNode = node(true, Duration.ZERO, workers);

    layoutNode.layOutDue();
    assertThat(documents.find(pending.id()).orElseThrow().laidOut()).as("handed over, not laid out by the run")
        .isFalse();
    int queued = pool.getQueue().size();
    assertThat(queued).isPositive();
    layoutNode.layOutDue();
    assertThat(pool.getQueue()).as("a document waiting in the pool is not handed over again").hasSize(queued);

    busy.countDown();
    await().atMost(Duration.ofSeconds(30)).until(() -> documents.find(pending.id()).orElseThrow().laidOut());
    IssuedDocument laidOut = documents.find(pending.id()).orElseThrow();
    assertThat(documents.digest(laidOut, documents.content(laidOut))).isEqualTo(laidOut.sha256());
    assertThat(IssuedPdfs.text(documents, laidOut)).contains(laidOut.number());
    assertThat(issuedEvents(laidOut)).isEqualTo(1);
  }

  @Test
  void twoLayoutNodesWhoseRunsTakeOneDocumentAtOnceLayItOutOnce() throws Exception {
    IssuedDocument pending = stepOnAnOfficialsNode();
    List<DocumentLayouts> layoutNodes = List.of(node(true, Duration.ZERO, new DocumentLayoutWorkers(0, 1)),
        node(true, Duration.ZERO, new DocumentLayoutWorkers(0, 1)));

    ExecutorService both = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Boolean>> runs = layoutNodes.stream().map(node -> both.submit(() -> {
        go.await();
        node.layOutDue();
        return true;
      })).toList();
      go.countDown();
      for (Future<Boolean> run : runs) {
        run.get(60, TimeUnit.SECONDS);
      }
    } finally {
      both.shutdownNow();
    }

    IssuedDocument laidOut = documents.find(pending.id()).orElseThrow();
    assertThat(laidOut.laidOut()).isTrue();
    assertThat(issuedEvents(laidOut)).as("one issue in the case's timeline").isEqualTo(1);
    byte[] bytes = documents.content(laidOut);
    layoutNodes.get(0).layOutDue();
    layoutNodes.get(1).layOut(laidOut.id());
    assertThat(documents.content(laidOut)).as("byte-stable once issued").isEqualTo(bytes);
    assertThat(issuedEvents(laidOut)).isEqualTo(1);
  }
}
