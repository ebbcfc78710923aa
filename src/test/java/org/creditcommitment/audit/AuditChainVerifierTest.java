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
  @Autowired AuditHashing hashing;
  @Autowired AuditEvents events;
  @Autowired org.creditcommitment.system.Keyring keys;

  @Test
  void personalDataInDetailsIsStoredMaskedAndTheChainOverTheStoredFormVerifiesWithoutADataKey() throws Exception {
    String ref = "PERSONAL-" + System.nanoTime();
    Map<String, Object> after = new java.util.LinkedHashMap<>();
    after.put("code", "441502199003151239");
    after.put("email", "zhang.wei@example.org");
    after.put("mobile", "13812345678");
    after.put("grade", "AA");
    after.put("organisation", "91441500MA4UH0AA1G");
    long id = auditLog.record(ref, "test.personal", "tester", Map.of("after", after,
        "members", java.util.List.of("445281198511072463"), "reason", "更正"));
    chain.chainPending();

    String stored = jdbc.queryForObject("SELECT details FROM audit_event WHERE id = ?", String.class, id);
    assertThat(stored).doesNotContain("441502199003151239", "zhang.wei", "13812345678", "445281198511072463")
        .contains("441502********1239", "z***@example.org", "138****5678", "445281********2463", "\"grade\":\"AA\"",
            "91441500MA4UH0AA1G", "更正");
    assertThat(verify("auditor").intact()).isTrue();
  }

  @Test
  void aNaturalPersonsEventsBeforeAndAfterTheIndexedReferenceAreFoundByTheIdNumberAndTheChainVerifies()
      throws Exception {
    String id = org.creditcommitment.subject.TestCodes.residentId();
    String masked = id.substring(0, 6) + "********" + id.substring(14);
    java.time.Instant from = clock.instant().minus(java.time.Duration.ofDays(1));
    // an event recorded before references were indexed: the ID number in plain text, hashed as it was then
    long before = recordedWithRef(id);
    long after = auditLog.record(id, "test.person", "tester", Map.of());
    // an event indexed under an earlier index key this installation still holds, and one under a key it no longer has
    String earlier = "pidx:" + masked + ":demo-audit:"
        + org.creditcommitment.system.HashAlgorithm.HMAC_SM3.hex(id, keys.key("demo-audit"));
    long rotated = recordedWithRef(earlier);
    long lost = recordedWithRef("pidx:" + masked + ":destroyed-index:" + "0".repeat(64));
    chain.chainPending();

    assertThat(jdbc.queryForObject("SELECT ref FROM audit_event WHERE id = ?", String.class, after))
        .startsWith("pidx:" + masked + ":demo-index:").doesNotContain(id);
    assertThat(events.of(id)).as("found by the ID number, shown with it").extracting(AuditEvents.AuditEvent::id,
        AuditEvents.AuditEvent::ref).containsExactly(org.assertj.core.groups.Tuple.tuple(before, id),
            org.assertj.core.groups.Tuple.tuple(after, id), org.assertj.core.groups.Tuple.tuple(rotated, id));
    java.time.Instant to = clock.instant().plus(java.time.Duration.ofDays(1));
    assertThat(events.ofType("test.person", id, "tester", from, to, 10)).extracting(AuditEvents.AuditEvent::id)
        .containsExactly(rotated, after, before);
    assertThat(events.dailyCounts("test.person", id, "tester", from, to, java.time.ZoneOffset.UTC))
        .extracting(AuditEvents.DailyCount::count).containsExactly(3L);
    assertThat(events.ofType("test.person", null, "tester", from, to, 500)).filteredOn(e -> e.id() == before
        || e.id() == after || e.id() == lost).as("listed without the search: masked").extracting(
            AuditEvents.AuditEvent::ref).containsOnly(masked);

    assertThat(verify("auditor").intact()).as("verified with the audit key alone").isTrue();
  }

  /** An event whose reference is stored as given, hashed over it (as an earlier version or key wrote it). */
  private long recordedWithRef(String ref) {
    return new TransactionTemplate(transactions).execute(status -> {
      long recorded = auditLog.record("REF-" + System.nanoTime(), "test.person", "tester", Map.of());
      java.time.Instant at = jdbc.queryForObject("SELECT occurred_at FROM audit_event WHERE id = ?",
          (rs, n) -> org.creditcommitment.system.Timestamps.read(rs, "occurred_at").toInstant(), recorded);
      jdbc.update("UPDATE audit_event SET ref = ?, content_hash = ? WHERE id = ?", ref, hashing.current().hex(
          AuditLog.canonicalContent(recorded, at, ref, "test.person", "tester", "{}")), recorded);
      return recorded;
    });
  }

  @Test
  void anEventStoredBeforeMaskingWithPersonalDataInItsDetailsStillVerifies() throws Exception {
    String ref = "PLAIN-" + System.nanoTime();
    // as an event recorded before masking: its details and content hash as they were computed then (in the
    // transaction that records it, so it is chained only after)
    String details = "{\"email\":\"zhang.wei@example.org\"}";
    long id = new TransactionTemplate(transactions).execute(status -> {
      long recorded = auditLog.record(ref, "test.plain", "tester", Map.of());
      java.time.Instant at = jdbc.queryForObject("SELECT occurred_at FROM audit_event WHERE id = ?",
          (rs, n) -> org.creditcommitment.system.Timestamps.read(rs, "occurred_at").toInstant(), recorded);
      jdbc.update("UPDATE audit_event SET details = ?, content_hash = ? WHERE id = ?", details,
          hashing.current().hex(AuditLog.canonicalContent(recorded, at, ref, "test.plain", "tester", details)),
          recorded);
      return recorded;
    });
    chain.chainPending();

    assertThat(jdbc.queryForObject("SELECT details FROM audit_event WHERE id = ?", String.class, id))
        .contains("zhang.wei@example.org");
    assertThat(verify("auditor").intact()).isTrue();
  }

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
          + "prev_hash, hash, hash_alg, key_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", removed.get("id"),
          removed.get("chain_no"), removed.get("occurred_at"), removed.get("ref"), removed.get("type"),
          removed.get("actor"), removed.get("details"), removed.get("content_hash"), removed.get("prev_hash"),
          removed.get("hash"), removed.get("hash_alg"), removed.get("key_id"));
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void aChainRecomputedWithoutTheAuditKeyFailsVerification() throws Exception {
    String ref = "FORGED-" + System.nanoTime();
    long target = auditLog.record(ref, "test.forged", "tester", Map.of("amount", 100));
    auditLog.record(ref, "test.after", "tester", Map.of());
    chain.chainPending();
    assertThat(verifier.verify().intact()).isTrue();
    // a database administrator rewrites the event and every hash after it, and the head, with a key of their own
    AuditHashing.Hasher guessed = new AuditHashing.Hasher(org.creditcommitment.system.HashAlgorithm.HMAC_SM3,
        hashing.current().keyId(), new byte[32]);

    ChainVerification broken = forgedFrom(target, guessed);

    assertThat(broken.intact()).isFalse();
    assertThat(broken.brokenEventId()).isEqualTo(target);
    assertThat(broken.problem()).contains("content of event " + target).contains("was changed");
  }

  @Test
  void aChainRecomputedWithAnUnkeyedDigestAfterKeyedEventsFailsVerification() throws Exception {
    String ref = "DOWNGRADED-" + System.nanoTime();
    auditLog.record(ref, "test.keyed", "tester", Map.of());
    long target = auditLog.record(ref, "test.downgraded", "tester", Map.of("amount", 100));
    chain.chainPending();
    // as the chain was before it was keyed: SHA-256, which anyone can recompute
    AuditHashing.Hasher unkeyed = new AuditHashing.Hasher(org.creditcommitment.system.HashAlgorithm.SHA_256, null,
        null);

    ChainVerification broken = forgedFrom(target, unkeyed);

    assertThat(broken.intact()).isFalse();
    assertThat(broken.brokenEventId()).isEqualTo(target);
    assertThat(broken.problem()).contains("without a key");
    assertThat(broken.problemZh()).contains("无密钥");
  }

  @Test
  void theNewestEventsRemovedWithTheHeadMovedBackAreFoundByTheHeadsSeal() throws Exception {
    String ref = "TRUNCATED-" + System.nanoTime();
    auditLog.record(ref, "test.kept", "tester", Map.of());
    long removed = auditLog.record(ref, "test.removed", "tester", Map.of());
    chain.chainPending();
    TransactionTemplate tx = new TransactionTemplate(transactions);
    Snapshot snapshot = tx.execute(s -> {
      Snapshot taken = snapshotFrom(removed);
      long position = ((Number) taken.rows().get(0).get("chain_no")).longValue();
      String before = jdbc.queryForObject("SELECT hash FROM audit_event WHERE chain_no = ?", String.class,
          position - 1);
      jdbc.update("DELETE FROM audit_event WHERE chain_no >= ?", position);
      jdbc.update("UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1", position - 1, before);
      return taken;
    });
    try {
      ChainVerification broken = verifier.verify();
      assertThat(broken.intact()).isFalse();
      assertThat(broken.problem()).contains("seal of the chain head");
      assertThat(broken.problemZh()).contains("链头封印");
    } finally {
      restore(snapshot, true);
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  /** The rows from one event to the end of the chain, and the head, as they were. */
  private record Snapshot(java.util.List<Map<String, Object>> rows, Map<String, Object> head) {}

  private Snapshot snapshotFrom(long id) {
    Map<String, Object> head = jdbc.queryForMap("SELECT * FROM audit_chain_head WHERE id = 1 FOR UPDATE");
    long position = jdbc.queryForObject("SELECT chain_no FROM audit_event WHERE id = ?", Long.class, id);
    return new Snapshot(jdbc.queryForList("SELECT * FROM audit_event WHERE chain_no >= ? ORDER BY chain_no",
        position), head);
  }

  /**
   * Changes an event's details and recomputes its hashes, those of every later event and the head with the given
   * algorithm and key, as someone with write access to the database would; verifies; puts everything back.
   */
  private ChainVerification forgedFrom(long id, AuditHashing.Hasher forger) {
    TransactionTemplate tx = new TransactionTemplate(transactions);
    Snapshot snapshot = tx.execute(s -> {
      Snapshot taken = snapshotFrom(id);
      String prev = (String) taken.rows().get(0).get("prev_hash");
      long position = 0;
      for (Map<String, Object> row : taken.rows()) {
        long eventId = ((Number) row.get("id")).longValue();
        position = ((Number) row.get("chain_no")).longValue();
        String details = eventId == id ? "{\"amount\":1}" : (String) row.get("details");
        java.time.Instant at = jdbc.queryForObject("SELECT occurred_at FROM audit_event WHERE id = ?",
            (rs, n) -> org.creditcommitment.system.Timestamps.read(rs, "occurred_at").toInstant(), eventId);
        String content = forger.hex(AuditLog.canonicalContent(eventId, at, (String) row.get("ref"),
            (String) row.get("type"), (String) row.get("actor"), details));
        String hash = forger.hex(AuditLog.chainLink(prev, position, content));
        jdbc.update("UPDATE audit_event SET details = ?, content_hash = ?, prev_hash = ?, hash = ?, hash_alg = ?, "
            + "key_id = ? WHERE id = ?", details, content, prev, hash, forger.algorithm().stored(), forger.keyId(),
            eventId);
        prev = hash;
      }
      jdbc.update("UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1", position, prev);
      return taken;
    });
    try {
      return verifier.verify();
    } finally {
      restore(snapshot, false);
      assertThat(verifier.verify().intact()).isTrue();
    }
  }

  /**
   * Puts the rows and the head back; events another thread chained onto the changed head meanwhile are unchained
   * and linked again.
   */
  private void restore(Snapshot snapshot, boolean reinsert) {
    new TransactionTemplate(transactions).executeWithoutResult(s -> {
      jdbc.queryForMap("SELECT last_id FROM audit_chain_head WHERE id = 1 FOR UPDATE");
      // the snapshot's rows were deleted (all positions from its first are newcomers) or are still there
      long from = ((Number) snapshot.rows().get(reinsert ? 0 : snapshot.rows().size() - 1).get("chain_no")).longValue()
          + (reinsert ? 0 : 1);
      jdbc.update("UPDATE audit_event SET chain_no = NULL, prev_hash = NULL, hash = NULL WHERE chain_no >= ?", from);
      for (Map<String, Object> row : snapshot.rows()) {
        if (reinsert) {
          jdbc.update("INSERT INTO audit_event (id, chain_no, occurred_at, ref, type, actor, details, content_hash, "
              + "prev_hash, hash, hash_alg, key_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("id"),
              row.get("chain_no"), row.get("occurred_at"), row.get("ref"), row.get("type"), row.get("actor"),
              row.get("details"), row.get("content_hash"), row.get("prev_hash"), row.get("hash"), row.get("hash_alg"),
              row.get("key_id"));
        } else {
          jdbc.update("UPDATE audit_event SET details = ?, content_hash = ?, prev_hash = ?, hash = ?, hash_alg = ?, "
              + "key_id = ? WHERE id = ?", row.get("details"), row.get("content_hash"), row.get("prev_hash"),
              row.get("hash"), row.get("hash_alg"), row.get("key_id"), row.get("id"));
        }
      }
      Map<String, Object> head = snapshot.head();
      jdbc.update("UPDATE audit_chain_head SET last_id = ?, last_hash = ?, seal = ?, seal_alg = ?, seal_key_id = ? "
          + "WHERE id = 1", head.get("last_id"), head.get("last_hash"), head.get("seal"), head.get("seal_alg"),
          head.get("seal_key_id"));
    });
    chain.chainPending();
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
    AuditHashing.Hasher hasher = hashing.current();
    String hash = hasher.hex(AuditLog.canonicalContent(id,
        occurredAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), ref, "test.unchained", "tester", details));
    jdbc.update("INSERT INTO audit_event (id, occurred_at, ref, type, actor, details, content_hash, hash_alg, key_id) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, java.time.OffsetDateTime.ofInstant(
            occurredAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), org.creditcommitment.system.ClockConfig.ZONE),
        ref, "test.unchained", "tester", details, hash, hasher.algorithm().stored(), hasher.keyId());
    return id;
  }

  private ChainVerification verify(String user) throws Exception {
    var response = http.get("/api/audit/verify", user);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readValue(response.body(), ChainVerification.class);
  }
}
