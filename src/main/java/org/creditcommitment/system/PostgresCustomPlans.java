package org.creditcommitment.system;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Every PostgreSQL session of the application plans each statement with its actual parameters
 * ({@code plan_cache_mode = force_custom_plan}, PostgreSQL 12 or later). Camunda sends its queries as
 * prepared statements; after five executions PostgreSQL may switch to a generic plan that ignores the
 * parameters' statistics. For Tasklist's authorization join that generic plan compares every open task
 * with every task authorization: 10 s for 10,000 tasks instead of 0.2 s (docs/benchmarks.md).
 *
 * <p>And it costs a random page read as a database on SSD or in memory does ({@code random_page_cost = 1.1}, the
 * usual setting for such storage, instead of the default 4 for spinning disks). With the default, PostgreSQL
 * prices the authorization probe of each task so high that with a few thousand open tasks it rather compares every
 * task with every authorization (0.4 s for 2,000 tasks instead of 11 ms).
 *
 * <p>And it sorts up to 16 MB in memory ({@code work_mem}, default 4 MB). Tasklist's card variables are read with a
 * {@code DISTINCT} over wide rows; fearing a sort on disk, PostgreSQL walked every running variable in key order with
 * a parallel worker instead of reading the page's few by scope (14 to 23 ms instead of 0.6 ms at 10,000 open tasks).
 * With the default pool of twenty connections that is at most 320 MB, only while such sorts run.
 *
 * <p>And it does not compile queries to machine code ({@code jit = off}; on by default where the server is built with
 * LLVM, as Debian's packages are). Tasklist's work filter joins every open task with its candidate links, so its
 * estimated cost passes the JIT threshold from a few tens of thousands of open tasks on: at 100,000 the compilation
 * took about 105 ms of a count that runs in 120 to 155 ms without it, on every call, since nothing is cached between
 * statements (docs/benchmarks.md).
 *
 * <p>And it prices handling a row at twice the default ({@code cpu_tuple_cost = 0.02}). With one authorization per
 * open task and a department holding a couple of thousand of them, PostgreSQL otherwise rather keeps the official's
 * grants in memory and compares every visible task with every grant (4 million comparisons, 0.55 to 0.64 s for
 * Tasklist's page at 20,000 open tasks) than probe the grant index once per task (38 to 46 ms): it prices each probe as
 * if the 67 grants on {@code '*'} it estimates had to be read, where 3 are. The plans at 100,000 open tasks stay as they
 * are. An operator's own {@code spring.datasource.hikari.connection-init-sql} is left alone.
 */
@Component
class PostgresCustomPlans implements BeanPostProcessor {

  static final String INIT_SQL = "SET plan_cache_mode = force_custom_plan; SET random_page_cost = 1.1;"
      + " SET work_mem = '16MB'; SET jit = off; SET cpu_tuple_cost = 0.02";

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource dataSource && dataSource.getJdbcUrl() != null
        && dataSource.getJdbcUrl().startsWith("jdbc:postgresql:") && dataSource.getConnectionInitSql() == null) {
      dataSource.setConnectionInitSql(INIT_SQL);
    }
    return bean;
  }
}
