package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.runtime.Incident;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.documents.DocumentLayoutWorkers;
import org.creditcommitment.documents.DocumentLayouts;
import org.creditcommitment.documents.DocumentType;
import org.creditcommitment.documents.Documents;
import org.creditcommitment.documents.DocumentsProperties;
import org.creditcommitment.documents.IssuedDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * With the layout pool the application runs in production (the rest of the suite lays out on the committing thread,
 * so that a step's PDF is there when it returns): an official's step returns once its outcome has committed, before
 * its document is laid out, and the pool then lays it out; a layout that fails there leaves the step committed and is
 * an incident that the periodic run's successful retry resolves.
 */
class DocumentLayoutPoolTest extends IntegrationTest {

  private static final Duration BOUND = Duration.ofSeconds(30);

  @Autowired LifecycleDriver driver;
  @Autowired Documents documents;
  @Autowired DocumentLayouts layouts;
  @Autowired DocumentLayoutWorkers workers;
  @Autowired DocumentsProperties properties;

  private final CountDownLatch busy = new CountDownLatch(1);
  private ThreadPoolExecutor pool;
  private Executor before;
  private Path broken;

  @BeforeEach
  void productionPool() {
    pool = DocumentLayoutWorkers.pool(1, 100);
    before = workers.use(pool);
  }

  @AfterEach
  void committingThreadAgain() throws Exception {
    busy.countDown();
    workers.use(before);
    pool.shutdown();
    pool.awaitTermination(30, TimeUnit.SECONDS);
    if (broken != null) {
      Files.deleteIfExists(broken);
    }
    clock.reset();
  }

  private CaseRecord caseToNotify() {
    CaseRecord c = driver.apply(driver.subject("AA"), "SCJG-SP-001", CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    return c;
  }

  @Test
  void theClerksStepReturnsWithItsOutcomeCommittedBeforeThePoolLaysItsNoticeOut() {
    CaseRecord c = caseToNotify();
    // the pool's only thread is busy with another document: this step's layout can only wait in its queue
    pool.execute(() -> {
      try {
        busy.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });

    driver.notifyConditions(c);

    assertThat(driver.task(c, "Task_AwaitSignature")).as("the step committed and the case went on").isNotNull();
    IssuedDocument notice = documents.latest(c.caseNo(), DocumentType.CONDITIONS_NOTICE).orElseThrow();
    assertThat(notice.number()).as("its number taken as the step committed").isNotBlank();
    assertThat(notice.laidOut()).as("the step did not wait for the layout").isFalse();
    assertThat(pool.getQueue()).as("handed to the pool").isNotEmpty();

    busy.countDown();

    await().atMost(BOUND).until(() -> documents.find(notice.id()).orElseThrow().laidOut());
    IssuedDocument laidOut = documents.find(notice.id()).orElseThrow();
    assertThat(documents.digest(laidOut, documents.content(laidOut))).isEqualTo(laidOut.sha256());
  }

  @Test
  void aLayoutThatFailsOnThePoolLeavesTheStepCommittedAsAnIncidentWhichTheRetryResolves() throws IOException {
    CaseRecord c = caseToNotify();
    Files.createDirectories(properties.templateDir());
    broken = properties.templateDir().resolve("conditions-notice.html");
    Files.writeString(broken, "<html><body><div th:insert=\"~{no-such-template :: nothing}\"></div></body></html>");

    driver.notifyConditions(c);

    assertThat(driver.task(c, "Task_AwaitSignature")).as("the case went on").isNotNull();
    IssuedDocument notice = documents.latest(c.caseNo(), DocumentType.CONDITIONS_NOTICE).orElseThrow();
    await().atMost(BOUND).until(() -> !incidents(c).isEmpty());
    assertThat(incidents(c)).singleElement().satisfies(incident ->
        assertThat(incident.getIncidentMessage()).contains("文书", String.valueOf(notice.id())));
    assertThat(documents.find(notice.id()).orElseThrow().laidOut()).isFalse();
    assertThat(documents.find(notice.id()).orElseThrow().number()).isEqualTo(notice.number());

    Files.delete(broken);
    broken = null;
    clock.advance(Duration.ofMinutes(2));
    layouts.layOutDue();

    // the run hands the retry to the node's pool
    await().atMost(BOUND).until(() -> incidents(c).isEmpty());
    assertThat(documents.find(notice.id()).orElseThrow().laidOut()).isTrue();
    assertThat(incidents(c)).isEmpty();
  }

  private List<Incident> incidents(CaseRecord c) {
    return processEngine.getRuntimeService().createIncidentQuery().processInstanceId(c.processInstanceId())
        .incidentType(DocumentLayouts.INCIDENT_TYPE).list();
  }
}
