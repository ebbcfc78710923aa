package org.creditcommitment.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Document numbers have no gap and no repeat per prefix and year, also with two nodes issuing at once on the one
 * database (on PostgreSQL in the build's second pass) and with issuing steps that fail after taking their number: each
 * "node" here has its own connection pool and transaction manager, as two servers would.
 */
class DocumentNumbersTest extends IntegrationTest {

  private static final int PER_WORKER = 15;

  record Node(HikariDataSource pool, DocumentNumbers numbers, TransactionTemplate transactions) {}

  private static Node node(String name) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(TestDatabase.url());
    config.setUsername(TestDatabase.user());
    config.setPassword(TestDatabase.password());
    config.setMaximumPoolSize(4);
    config.setPoolName(name);
    HikariDataSource pool = new HikariDataSource(config);
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(pool);
    return new Node(pool, new DocumentNumbers(new JdbcTemplate(pool), transactions),
        new TransactionTemplate(transactions));
  }

  @Test
  void twoNodesIssuingAtOnceWithSomeStepsRolledBackLeaveNoGapAndNoRepeat() throws Exception {
    String prefix = "测试承" + System.nanoTime() % 1_000_000;
    Node a = node("numbers-node-a");
    Node b = node("numbers-node-b");
    ExecutorService workers = Executors.newFixedThreadPool(4);
    List<Integer> committed = Collections.synchronizedList(new ArrayList<>());
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Node node : List.of(a, b, a, b)) {
        running.add(workers.submit(() -> {
          for (int i = 0; i < PER_WORKER; i++) {
            boolean fails = i % 4 == 3;
            Integer taken = node.transactions().execute(status -> {
              DocumentNumbers.Number number = node.numbers().next(prefix, 2026);
              if (fails) {
                // the step fails after numbering, e.g. its PDF cannot be rendered: the number goes back
                status.setRollbackOnly();
              }
              return number.sequence();
            });
            if (!fails) {
              committed.add(taken);
            }
          }
        }));
      }
      for (Future<?> worker : running) {
        worker.get(2, TimeUnit.MINUTES);
      }
    } finally {
      workers.shutdownNow();
      a.pool().close();
      b.pool().close();
    }

    List<Integer> sorted = committed.stream().sorted().toList();
    assertThat(sorted).containsExactlyElementsOf(IntStream.rangeClosed(1, sorted.size()).boxed().toList());
    assertThat(sorted).hasSize(4 * (PER_WORKER - PER_WORKER / 4));
  }

  @Test
  void eachPrefixAndYearCountsOnItsOwn() {
    Node node = node("numbers-node-c");
    String prefix = "测试卫" + System.nanoTime() % 1_000_000;
    try {
      assertThat(next(node, prefix, 2026)).isEqualTo(prefix + "〔2026〕1号");
      assertThat(next(node, prefix, 2026)).isEqualTo(prefix + "〔2026〕2号");
      assertThat(next(node, prefix, 2027)).isEqualTo(prefix + "〔2027〕1号");
      assertThat(next(node, prefix + "甲", 2026)).isEqualTo(prefix + "甲〔2026〕1号");
    } finally {
      node.pool().close();
    }
  }

  private static String next(Node node, String prefix, int year) {
    return node.transactions().execute(status -> node.numbers().next(prefix, year).text());
  }
}
