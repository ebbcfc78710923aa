package org.creditcommitment;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database a test JVM runs against, chosen by the system property {@code cc.test.db}: {@code h2}
 * (in memory) or {@code postgres}. For PostgreSQL the environment variable {@code CC_TEST_PG_URL}
 * (with {@code CC_TEST_PG_USER}, {@code CC_TEST_PG_PASSWORD}) selects an external server; without it an
 * embedded PostgreSQL from Maven is started once per JVM. A server that cannot be reached fails the
 * tests: nothing is skipped.
 */
public final class TestDatabase {

  private static EmbeddedPostgres embedded;

  private TestDatabase() {}

  public static boolean isPostgres() {
    return "postgres".equals(System.getProperty("cc.test.db", "h2"));
  }

  public static synchronized String url() {
    if (!isPostgres()) {
      return "jdbc:h2:mem:cc-test;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
    }
    String external = System.getenv("CC_TEST_PG_URL");
    if (external != null && !external.isBlank()) {
      return external;
    }
    return embedded().getJdbcUrl("postgres", "postgres");
  }

  public static String user() {
    if (!isPostgres()) {
      return "sa";
    }
    return System.getenv().getOrDefault("CC_TEST_PG_USER", "postgres");
  }

  public static String password() {
    if (!isPostgres()) {
      return "";
    }
    return System.getenv().getOrDefault("CC_TEST_PG_PASSWORD", "postgres");
  }

  private static EmbeddedPostgres embedded() {
    if (embedded == null) {
      try {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("max_connections", "300");
        // the benchmarks load pg_stat_statements to say where database time goes
        String preload = System.getProperty("cc.test.pg.preload", "");
        if (!preload.isBlank()) {
          builder.setServerConfig("shared_preload_libraries", preload);
        }
        embedded = builder.start();
      } catch (IOException e) {
        throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          embedded.close();
        } catch (IOException ignored) {
          // the JVM is exiting; the data folder is temporary
        }
      }));
    }
    return embedded;
  }
}
