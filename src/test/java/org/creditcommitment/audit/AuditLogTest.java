package org.creditcommitment.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.creditcommitment.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.awaitility.Awaitility.await;

class AuditLogTest extends IntegrationTest {

  @Autowired AuditLog auditLog;
  @Autowired AuditChain chain;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired AuditHashing hashing;

  @Test
  void eachEventIsChainedToThePreviousOneAndItsHashesCanBeRecomputed() {
    String ref = "AUDIT-" + System.nanoTime();
    long first = auditLog.record(ref, "test.first", "tester", Map.of("b", 2, "a", "一"));
    long second = auditLog.record(ref, "test.second", AuditLog.SYSTEM_ACTOR, Map.of());
    chain.chainPending();

    Map<String, Object> one = event(first);
    Map<String, Object> two = event(second);
    assertThat(second).isEqualTo(first + 1);
    assertThat(number(two, "chain_no")).isEqualTo(number(one, "chain_no") + 1);
    assertThat(two.get("prev_hash")).isEqualTo(one.get("hash"));
    assertThat(one.get("details")).isEqualTo("{\"a\":\"一\",\"b\":2}");
    assertThat(one.get("actor")).isEqualTo("tester");
    assertThat(contentHash(one)).isEqualTo(one.get("content_hash"));
    assertThat(linkHash(one)).isEqualTo(one.get("hash"));
  }

  @Test
  void anEventIsChainedSoonAfterItsTransactionCommitsWithoutWaitingForTheChainLock() throws Exception {
    String ref = "AUDIT-ASYNC-" + System.nanoTime();
    TransactionTemplate tx = new TransactionTemplate(transactions);
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    // another writer holds the chain head: recording must not wait for it (the old log did, for whole steps)
    CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> {
      jdbc.queryForMap("SELECT last_id FROM audit_chain_head WHERE id = 1 FOR UPDATE");
      locked.countDown();
      try {
        release.await(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }));
    try {
      assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
      long id = CompletableFuture.supplyAsync(() -> tx.execute(s -> auditLog.record(ref, "test.async", "tester",
          Map.of()))).get(5, TimeUnit.SECONDS);
      assertThat(event(id).get("chain_no")).isNull();
      assertThat(contentHash(event(id))).isEqualTo(event(id).get("content_hash"));
    } finally {
      release.countDown();
      holder.get(20, TimeUnit.SECONDS);
    }
    await().atMost(java.time.Duration.ofSeconds(15))
        .until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE ref = ? AND chain_no IS NULL",
            Integer.class, ref) == 0);
  }

  @Test
  void anEventOfARolledBackTransactionLeavesNoTraceAndTheChainStaysIntact() {
    String ref = "AUDIT-ROLLBACK-" + System.nanoTime();
    TransactionTemplate tx = new TransactionTemplate(transactions);
    assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
      auditLog.record(ref, "test.rolled-back", "tester", Map.of());
      throw new IllegalStateException("business step failed");
    })).isInstanceOf(IllegalStateException.class);
    auditLog.record(ref, "test.kept", "tester", Map.of());
    chain.chainPending();

    assertThat(jdbc.queryForList("SELECT type FROM audit_event WHERE ref = ?", String.class, ref))
        .containsExactly("test.kept");
    assertThat(new AuditChainVerifierProbe(jdbc).chainIsLinear()).isTrue();
  }

  @Test
  void concurrentWritersKeepTheChainLinear() throws Exception {
    String ref = "AUDIT-CONCURRENT-" + System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Callable<Long>> writes = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      int n = i;
      writes.add(() -> {
        long id = auditLog.record(ref, "test.concurrent", "writer", Map.of("n", n));
        if (n % 3 == 0) {
          chain.chainPending(); // several chain writers at once, as on several nodes
        }
        return id;
      });
    }
    List<Long> ids = new ArrayList<>();
    for (Future<Long> id : pool.invokeAll(writes)) {
      ids.add(id.get());
    }
    pool.shutdown();
    chain.chainPending();

    assertThat(ids).doesNotHaveDuplicates().hasSize(30);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE ref = ? AND chain_no IS NOT NULL",
        Integer.class, ref)).isEqualTo(30);
    assertThat(new AuditChainVerifierProbe(jdbc).chainIsLinear()).isTrue();
  }

  /** Walks the chain in chain order: contiguous positions, each linked to the previous hash, hashes recomputed. */
  private record AuditChainVerifierProbe(JdbcTemplate jdbc) {
    boolean chainIsLinear() {
      List<Map<String, Object>> chained = jdbc.queryForList(
          "SELECT * FROM audit_event WHERE chain_no IS NOT NULL ORDER BY chain_no");
      String previous = AuditLog.GENESIS_HASH;
      long expectedNo = 1;
      for (Map<String, Object> event : chained) {
        assertThat(number(event, "chain_no")).as("event %s", event.get("id")).isEqualTo(expectedNo++);
        assertThat(event.get("prev_hash")).as("event %s", event.get("id")).isEqualTo(previous);
        previous = (String) event.get("hash");
      }
      assertThat(jdbc.queryForObject("SELECT last_hash FROM audit_chain_head WHERE id = 1", String.class))
          .isEqualTo(previous);
      return true;
    }
  }

  private Map<String, Object> event(long id) {
    return jdbc.queryForMap("SELECT * FROM audit_event WHERE id = ?", id);
  }

  private static long number(Map<String, Object> event, String column) {
    return ((Number) event.get(column)).longValue();
  }

  private String contentHash(Map<String, Object> event) {
    OffsetDateTime occurredAt = jdbc.queryForObject("SELECT occurred_at FROM audit_event WHERE id = ?",
        (rs, i) -> rs.getObject(1, OffsetDateTime.class), event.get("id"));
    return hashing.current().hex(AuditLog.canonicalContent(number(event, "id"), occurredAt.toInstant(),
        (String) event.get("ref"), (String) event.get("type"), (String) event.get("actor"),
        (String) event.get("details")));
  }

  private String linkHash(Map<String, Object> event) {
    return hashing.current().hex(AuditLog.chainLink((String) event.get("prev_hash"), number(event, "chain_no"),
        (String) event.get("content_hash")));
  }
}
