package org.creditcommitment.audit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;

import org.creditcommitment.system.Hashing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
  private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "audit-chain");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicBoolean queued = new AtomicBoolean();

  AuditChain(JdbcTemplate jdbc, PlatformTransactionManager transactions, AuditProperties properties) {
    this.jdbc = jdbc;
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
    List<Map<String, Object>> events = jdbc.queryForList("SELECT id, content_hash FROM audit_event "
        + "WHERE chain_no IS NULL ORDER BY id FETCH FIRST " + properties.chainBatch() + " ROWS ONLY");
    if (events.isEmpty()) {
      return 0;
    }
    List<Object[]> links = new java.util.ArrayList<>(events.size());
    for (Map<String, Object> event : events) {
      chainNo++;
      String hash = Hashing.sha256(AuditLog.chainLink(prevHash, chainNo, (String) event.get("content_hash")));
      links.add(new Object[] {chainNo, prevHash, hash, event.get("id")});
      prevHash = hash;
    }
    jdbc.batchUpdate("UPDATE audit_event SET chain_no = ?, prev_hash = ?, hash = ? WHERE id = ?", links);
    jdbc.update("UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1", chainNo, prevHash);
    return events.size();
  }

  @PreDestroy
  void stop() {
    writer.shutdownNow();
  }
}
