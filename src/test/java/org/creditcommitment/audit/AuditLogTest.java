package org.creditcommitment.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.creditcommitment.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AuditLogTest extends IntegrationTest {

  @Autowired
  AuditLog auditLog;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void eachEventIsChainedToThePreviousOneAndItsHashCanBeRecomputed() {
    String ref = "AUDIT-" + System.nanoTime();
    long first = auditLog.record(ref, "test.first", "tester", Map.of("b", 2, "a", "一"));
    long second = auditLog.record(ref, "test.second", AuditLog.SYSTEM_ACTOR, Map.of());

    Map<String, Object> one = event(first);
    Map<String, Object> two = event(second);
    assertThat(second).isEqualTo(first + 1);
    assertThat(two.get("prev_hash")).isEqualTo(one.get("hash"));
    assertThat(one.get("details")).isEqualTo("{\"a\":\"一\",\"b\":2}");
    assertThat(one.get("actor")).isEqualTo("tester");
    assertThat(recomputed(one)).isEqualTo(one.get("hash"));
  }

  @Test
  void concurrentWritersKeepTheChainLinear() throws Exception {
    String ref = "AUDIT-CONCURRENT-" + System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Callable<Long>> writes = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      int n = i;
      writes.add(() -> auditLog.record(ref, "test.concurrent", "writer", Map.of("n", n)));
    }
    List<Long> ids = new ArrayList<>();
    for (Future<Long> id : pool.invokeAll(writes)) {
      ids.add(id.get());
    }
    pool.shutdown();

    assertThat(ids).doesNotHaveDuplicates().hasSize(30);
    List<Map<String, Object>> chain = jdbc.queryForList("SELECT * FROM audit_event ORDER BY id");
    String previous = AuditLog.GENESIS_HASH;
    long expectedId = ((Number) chain.get(0).get("id")).longValue();
    for (Map<String, Object> event : chain) {
      assertThat(((Number) event.get("id")).longValue()).isEqualTo(expectedId++);
      assertThat(event.get("prev_hash")).as("event %s", event.get("id")).isEqualTo(previous);
      assertThat(recomputed(event)).as("event %s", event.get("id")).isEqualTo(event.get("hash"));
      previous = (String) event.get("hash");
    }
    assertThat(jdbc.queryForObject("SELECT last_hash FROM audit_chain_head WHERE id = 1", String.class))
        .isEqualTo(previous);
  }

  private Map<String, Object> event(long id) {
    return jdbc.queryForMap("SELECT * FROM audit_event WHERE id = ?", id);
  }

  private String recomputed(Map<String, Object> event) {
    OffsetDateTime occurredAt = jdbc.queryForObject("SELECT occurred_at FROM audit_event WHERE id = ?",
        (rs, i) -> rs.getObject(1, OffsetDateTime.class), event.get("id"));
    return org.creditcommitment.system.Hashing.sha256(AuditLog.canonical((String) event.get("prev_hash"), ((Number) event.get("id")).longValue(),
        occurredAt.toInstant(), (String) event.get("ref"), (String) event.get("type"), (String) event.get("actor"),
        (String) event.get("details")));
  }
}
