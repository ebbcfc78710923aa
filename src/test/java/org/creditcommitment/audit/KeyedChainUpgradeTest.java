package org.creditcommitment.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.sql.DataSource;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.TestDatabase;
import org.creditcommitment.system.ClockConfig;
import org.creditcommitment.system.HashAlgorithm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The upgrade to the keyed chain on a log written before it: the audit tables are built in a schema of their own by
 * the project's migrations up to the change, filled as the earlier code wrote them (events chained with the first
 * formula, two-step SHA-256 events, one not chained yet), then migrated. The earlier events still verify, the chain
 * goes on keyed from them, and from then on they are protected by the key too.
 */
class KeyedChainUpgradeTest extends IntegrationTest {

  private static final HashAlgorithm SHA_256 = HashAlgorithm.SHA_256;

  @Autowired DataSource dataSource;
  @Autowired AuditHashing hashing;

  private Instant base;

  @Test
  void eventsHashedWithSha256BeforeTheUpgradeStillVerifyAndTheChainGoesOnKeyed() throws Exception {
    base = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    String schema = "audit_upgrade_" + System.nanoTime();
    try (Connection connection = dataSource.getConnection()) {
      String original = connection.getSchema();
      connection.createStatement().execute("CREATE SCHEMA " + schema);
      connection.setSchema(TestDatabase.isPostgres() ? schema : schema.toUpperCase());
      try {
        SingleConnectionDataSource single = new SingleConnectionDataSource(connection, true);
        JdbcTemplate jdbc = new JdbcTemplate(single);
        AuditProperties properties = new AuditProperties(Duration.ofSeconds(5), Duration.ofMinutes(2), 500);
        AuditChain chain = new AuditChain(jdbc, new DataSourceTransactionManager(single), properties, hashing);
        AuditChainVerifier verifier = new AuditChainVerifier(jdbc, clock, properties, hashing);
        try {
          upgradeFromTheFirstLog(connection, jdbc);

          ChainVerification afterMigration = verifier.verify();
          assertThat(afterMigration.intact()).as(afterMigration.problem()).isTrue();
          assertThat(afterMigration.eventsChecked()).isEqualTo(4);

          chain.sealAfterUpgrade();
          recordKeyed(jdbc, 5);
          chain.chainPending();

          ChainVerification keyed = verifier.verify();
          assertThat(keyed.intact()).as(keyed.problem()).isTrue();
          assertThat(keyed.eventsChecked()).isEqualTo(5);
          assertThat(jdbc.queryForList("SELECT hash_alg FROM audit_event ORDER BY chain_no", String.class))
              .containsExactly("SHA-256", "SHA-256", "SHA-256", "SHA-256", "HMAC-SM3");

          // the earlier events can be recomputed without a key, but the first keyed event links to them
          String details = "{\"amount\":1}";
          String prev = AuditLog.GENESIS_HASH;
          for (long id = 1; id <= 4; id++) {
            List<String> row = jdbc.queryForObject("SELECT ref, type, actor, details FROM audit_event WHERE id = ?",
                (rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), id);
            String text = id == 2 ? details : row.get(3);
            String hash = id <= 2 ? SHA_256.hex(AuditLog.canonical(prev, id, at(id), row.get(0), row.get(1),
                row.get(2), text), null) : SHA_256.hex(AuditLog.chainLink(prev, id, SHA_256.hex(
                    AuditLog.canonicalContent(id, at(id), row.get(0), row.get(1), row.get(2), text), null)), null);
            jdbc.update("UPDATE audit_event SET details = ?, prev_hash = ?, hash = ? WHERE id = ?", text, prev, hash,
                id);
            prev = hash;
          }
          jdbc.update("UPDATE audit_event SET prev_hash = ? WHERE id = 5", prev);

          ChainVerification forged = verifier.verify();
          assertThat(forged.intact()).isFalse();
          assertThat(forged.brokenEventId()).isEqualTo(5);
        } finally {
          chain.stop();
        }
      } finally {
        connection.setSchema(original);
        connection.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  /** The audit tables as each earlier version left them, with the events each version wrote. */
  private void upgradeFromTheFirstLog(Connection connection, JdbcTemplate jdbc) {
    migrate(connection, "V11__audit_log.sql");
    String prev = AuditLog.GENESIS_HASH;
    for (long id = 1; id <= 2; id++) {
      String hash = SHA_256.hex(AuditLog.canonical(prev, id, at(id), "CASE-1", "test.first-log", "tester", "{}"),
          null);
      jdbc.update("INSERT INTO audit_event (id, occurred_at, ref, type, actor, details, prev_hash, hash) "
          + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, time(id), "CASE-1", "test.first-log", "tester", "{}", prev, hash);
      prev = hash;
    }
    jdbc.update("UPDATE audit_chain_head SET last_id = 2, last_hash = ? WHERE id = 1", prev);
    migrate(connection, "V96__audit_unchained_append.sql");
    String content = SHA_256.hex(AuditLog.canonicalContent(3, at(3), "CASE-1", "test.two-step", "tester", "{}"), null);
    String hash = SHA_256.hex(AuditLog.chainLink(prev, 3, content), null);
    jdbc.update("INSERT INTO audit_event (id, chain_no, occurred_at, ref, type, actor, details, content_hash, "
        + "prev_hash, hash) VALUES (3, 3, ?, 'CASE-1', 'test.two-step', 'tester', '{}', ?, ?, ?)", time(3), content,
        prev, hash);
    jdbc.update("UPDATE audit_chain_head SET last_id = 3, last_hash = ? WHERE id = 1", hash);
    // recorded moments before the upgrade, not chained yet
    jdbc.update("INSERT INTO audit_event (id, occurred_at, ref, type, actor, details, content_hash) "
        + "VALUES (4, ?, 'CASE-1', 'test.unchained', 'tester', '{}', ?)", time(4), SHA_256.hex(
            AuditLog.canonicalContent(4, at(4), "CASE-1", "test.unchained", "tester", "{}"), null));
    migrate(connection, "V270__audit_keyed_chain.sql");
    // room for a natural person's indexed reference: the events stored before are not touched
    migrate(connection, "V421__audit_ref_person_index.sql");
  }

  private void recordKeyed(JdbcTemplate jdbc, long id) {
    AuditHashing.Hasher hasher = hashing.current();
    jdbc.update("INSERT INTO audit_event (id, occurred_at, ref, type, actor, details, content_hash, hash_alg, key_id) "
        + "VALUES (?, ?, 'CASE-1', 'test.keyed', 'tester', '{}', ?, ?, ?)", id, time(id), hasher.hex(
            AuditLog.canonicalContent(id, at(id), "CASE-1", "test.keyed", "tester", "{}")),
        hasher.algorithm().stored(), hasher.keyId());
  }

  private static void migrate(Connection connection, String file) {
    ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/migration/common/" + file));
  }

  private Instant at(long id) {
    return base.minusSeconds(10 - id);
  }

  private OffsetDateTime time(long id) {
    return OffsetDateTime.ofInstant(at(id), ClockConfig.ZONE);
  }
}
