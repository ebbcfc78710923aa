package org.creditcommitment.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.creditcommitment.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

class AuditChainVerifierTest extends IntegrationTest {

  @Autowired AuditLog auditLog;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;
  @Autowired AuditChainVerifier verifier;
  @Autowired AuditChain chain;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void anEventEditedDirectlyInTheDatabaseIsNamedAsTheFirstBrokenLink() throws Exception {
    String ref = "TAMPER-" + System.nanoTime();
    long id = auditLog.record(ref, "test.tamper-target", "tester", Map.of("amount", 100));
    auditLog.record(ref, "test.after", "tester", Map.of());
    chain.chainPending();
    assertThat(verify("auditor").intact()).isTrue();
    long position = jdbc.queryForObject("SELECT chain_no FROM audit_event WHERE id = ?", Long.class, id);

    String original = jdbc.queryForObject("SELECT details FROM audit_event WHERE id = ?", String.class, id);
    jdbc.update("UPDATE audit_event SET details = ? WHERE id = ?", "{\"amount\":1}", id);
    try {
      ChainVerification broken = verify("admin");
      assertThat(broken.intact()).isFalse();
      assertThat(broken.brokenEventId()).isEqualTo(id);
      assertThat(broken.problem()).contains("content of event " + id).contains("was changed");
      assertThat(broken.problemZh()).contains("已被改动");
      assertThat(broken.eventsChecked()).isEqualTo(position - 1);
    } finally {
      jdbc.update("UPDATE audit_event SET details = ? WHERE id = ?", original, id);
    }
    assertThat(verify("auditor").intact()).isTrue();
  }

  @Test
  void aBrokenLinkToThePreviousEventIsFound() {
    String ref = "RELINK-" + System.nanoTime();
    auditLog.record(ref, "test.first", "tester", Map.of());
    long second = auditLog.record(ref, "test.second", "tester", Map.of());
    chain.chainPending();
    String original = jdbc.queryForObject("SELECT prev_hash FROM audit_event WHERE id = ?", String.class, second);
    jdbc.update("UPDATE audit_event SET prev_hash = ? WHERE id = ?", "f".repeat(64), second);
    try {
      ChainVerification broken = verifier.verify();
      assertThat(broken.brokenEventId()).isEqualTo(second);
      assertThat(broken.problem()).contains("does not link");
    } finally {
      jdbc.update("UPDATE audit_event SET prev_hash = ? WHERE id = ?", original, second);
    }
  }

  @Test
  void anUnchainedEventIsProtectedByItsContentHash() throws Exception {
    withChainWriterHeldOff(() -> {
    long id = recordUnchained("UNCHAINED-" + System.nanoTime(), clock.instant());
    try {
      assertThat(verifier.verify().intact()).isTrue();
      assertThat(verifier.verify().unchainedEvents()).isPositive();
      jdbc.update("UPDATE audit_event SET actor = ? WHERE id = ?", "someone-else", id);
      ChainVerification broken = verifier.verify();
      assertThat(broken.intact()).isFalse();
      assertThat(broken.brokenEventId()).isEqualTo(id);
      assertThat(broken.problem()).contains("content of event " + id).contains("was changed");
    } finally {
      jdbc.update("DELETE FROM audit_event WHERE id = ?", id);
    }
    });
  }

  @Test
  void anEventLeftUnchainedPastTheGracePeriodIsReported() throws Exception {
    withChainWriterHeldOff(() -> {
    long id = recordUnchained("STALE-" + System.nanoTime(), clock.instant().minus(java.time.Duration.ofHours(1)));
    try {
      ChainVerification broken = verifier.verify();
      assertThat(broken.intact()).isFalse();
      assertThat(broken.brokenEventId()).isEqualTo(id);
      assertThat(broken.problem()).contains("is not chained");
      assertThat(broken.problemZh()).contains("仍未链接");
    } finally {
      jdbc.update("DELETE FROM audit_event WHERE id = ?", id);
    }
    });
  }

  @Test
  void aChainedEventRemovedFromTheMiddleIsFound() {
    String ref = "REMOVED-" + System.nanoTime();
    long first = auditLog.record(ref, "test.first", "tester", Map.of());
    long second = auditLog.record(ref, "test.second", "tester", Map.of());
    auditLog.record(ref, "test.third", "tester", Map.of());
    chain.chainPending();
    Map<String, Object> removed = jdbc.queryForMap("SELECT * FROM audit_event WHERE id = ?", first);
    jdbc.update("DELETE FROM audit_event WHERE id = ?", first);
    try {
      ChainVerification broken = verifier.verify();
      assertThat(broken.brokenEventId()).isEqualTo(second);
      assertThat(broken.problem()).contains("missing");
    } finally {
      jdbc.update("INSERT INTO audit_event (id, chain_no, occurred_at, ref, type, actor, details, content_hash, "
          + "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", removed.get("id"), removed.get("chain_no"),
          removed.get("occurred_at"), removed.get("ref"), removed.get("type"), removed.get("actor"),
          removed.get("details"), removed.get("content_hash"), removed.get("prev_hash"), removed.get("hash"));
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void onlyAuditorsAndAdministratorsMayVerify() {
    assertThat(http.get("/api/audit/verify", "clerk").statusCode()).isEqualTo(403);
    assertThat(http.get("/api/audit/verify", "credit-office").statusCode()).isEqualTo(403);
  }

  /**
   * Runs the body while another transaction holds the chain head, so that no chain writer (woken by another
   * test's event or the schedule) links the hand-made rows, which the body removes again before the release.
   */
  private void withChainWriterHeldOff(Runnable body) throws Exception {
    TransactionTemplate tx = new TransactionTemplate(transactions);
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> {
      jdbc.queryForMap("SELECT last_id FROM audit_chain_head WHERE id = 1 FOR UPDATE");
      locked.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }));
    try {
      assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
      body.run();
    } finally {
      release.countDown();
      holder.get(30, TimeUnit.SECONDS);
    }
  }

  /** An event as the log appends it, kept unchained: the chain writer is held off by a sibling lock. */
  private long recordUnchained(String ref, java.time.Instant occurredAt) {
    long id = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM audit_event", Long.class) + 1_000_000;
    String details = "{}";
    String hash = org.creditcommitment.system.Hashing.sha256(AuditLog.canonicalContent(id,
        occurredAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), ref, "test.unchained", "tester", details));
    jdbc.update("INSERT INTO audit_event (id, occurred_at, ref, type, actor, details, content_hash) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?)", id, java.time.OffsetDateTime.ofInstant(
            occurredAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), org.creditcommitment.system.ClockConfig.ZONE),
        ref, "test.unchained", "tester", details, hash);
    return id;
  }

  private ChainVerification verify(String user) throws Exception {
    var response = http.get("/api/audit/verify", user);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readValue(response.body(), ChainVerification.class);
  }
}
