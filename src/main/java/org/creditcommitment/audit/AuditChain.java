package org.creditcommitment.audit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The single writer of the audit chain: links unchained events (id order) to the chain head in short
 * transactions that hold the {@code audit_chain_head} row lock for a few statements. Runs on one background
 * thread per node, woken after each transaction that recorded an event, and on a schedule; the lock makes it
 * safe with several nodes (a second writer waits, then finds the events already linked).
 */
@Component
@EnableScheduling
@EnableConfigurationProperties(AuditProperties.class)
class AuditChain {

  private static final Logger log = LoggerFactory.getLogger(AuditChain.class);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final AuditProperties properties;
  private final AuditHashing hashing;
  private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "audit-chain");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicBoolean queued = new AtomicBoolean();

  AuditChain(JdbcTemplate jdbc, PlatformTransactionManager transactions, AuditProperties properties,
      AuditHashing hashing) {
    this.jdbc = jdbc;
    this.hashing = hashing;
    this.tx = new TransactionTemplate(transactions);
    this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.properties = properties;
  }

  /** Chains pending events soon on the writer thread; calls while a run is queued add nothing. */
  void chainSoon() {
    if (queued.compareAndSet(false, true)) {
      try {
        writer.execute(() -> {
          queued.set(false);
          chainSafely();
        });
      } catch (RuntimeException shutDown) {
        queued.set(false);
      }
    }
  }

  @Scheduled(initialDelayString = "${cc.audit.chain-interval:5s}", fixedDelayString = "${cc.audit.chain-interval:5s}")
  void chainOnSchedule() {
    chainSafely();
  }

  private void chainSafely() {
    try {
      chainPending();
    } catch (RuntimeException e) {
      // the events stay unchained (their content hash protects them) and the next run links them
      log.warn("Chaining audit events failed; retried on the next run", e);
    }
  }

  /** Links every event that is unchained now; returns how many. */
  int chainPending() {
    int total = 0;
    int linked;
    do {
      linked = tx.execute(status -> chainBatch());
      total += linked;
    } while (linked == properties.chainBatch());
    return total;
  }

  private int chainBatch() {
    Map<String, Object> head = jdbc.queryForMap("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
    long chainNo = ((Number) head.get("last_id")).longValue();
    String prevHash = (String) head.get("last_hash");
    List<Map<String, Object>> events = jdbc.queryForList("SELECT id, content_hash, hash_alg, key_id FROM audit_event "
        + "WHERE chain_no IS NULL ORDER BY id FETCH FIRST " + properties.chainBatch() + " ROWS ONLY");
    if (events.isEmpty()) {
      return 0;
    }
    List<Object[]> links = new java.util.ArrayList<>(events.size());
    for (Map<String, Object> event : events) {
      chainNo++;
      // linked with the algorithm and key its content was hashed with, so that one row has one algorithm
      AuditHashing.Hasher hasher = hashing.of((String) event.get("hash_alg"), (String) event.get("key_id"))
          .orElseThrow(() -> new IllegalStateException("Audit event " + event.get("id") + " names key "
              + event.get("key_id") + " (" + event.get("hash_alg") + "), which is not configured in cc.crypto"));
      String hash = hasher.hex(AuditLog.chainLink(prevHash, chainNo, (String) event.get("content_hash")));
      links.add(new Object[] {chainNo, prevHash, hash, event.get("id")});
      prevHash = hash;
    }
    jdbc.batchUpdate("UPDATE audit_event SET chain_no = ?, prev_hash = ?, hash = ? WHERE id = ?", links);
    seal(chainNo, prevHash);
    return events.size();
  }

  /** Moves the head and seals it under the current audit key: a head moved back by SQL no longer matches its seal. */
  private void seal(long lastNo, String lastHash) {
    AuditHashing.Hasher hasher = hashing.current();
    jdbc.update("UPDATE audit_chain_head SET last_id = ?, last_hash = ?, seal = ?, seal_alg = ?, seal_key_id = ? "
        + "WHERE id = 1", lastNo, lastHash, hasher.hex(AuditLog.headSeal(lastNo, lastHash)),
        hasher.algorithm().stored(), hasher.keyId());
  }

  /**
   * The first start after the upgrade to the keyed chain seals the head, which had no seal. It does so only while no
   * keyed event is chained: later, a missing seal means someone removed it, and the chain check reports it instead.
   */
  @EventListener(ApplicationReadyEvent.class)
  void sealAfterUpgrade() {
    tx.executeWithoutResult(status -> {
      Map<String, Object> head = jdbc.queryForMap(
          "SELECT last_id, last_hash, seal FROM audit_chain_head WHERE id = 1 FOR UPDATE");
      if (head.get("seal") != null) {
        return;
      }
      Integer keyed = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE chain_no IS NOT NULL AND "
          + "hash_alg NOT IN ('SHA-256', 'SM3')", Integer.class);
      if (keyed != null && keyed > 0) {
        log.error("The audit chain head has no seal although keyed events are chained: it was removed; "
            + "GET /api/audit/verify reports the chain as broken");
        return;
      }
      log.warn("Sealing the audit chain head for the first time (upgrade to the keyed chain) at position {}",
          head.get("last_id"));
      seal(((Number) head.get("last_id")).longValue(), (String) head.get("last_hash"));
    });
  }

  @PreDestroy
  void stop() {
    writer.shutdownNow();
  }
}
