package org.creditcommitment.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL the start-up leaves the statistics that keep Tasklist's authorization join an index probe,
 * and every session plans with actual parameters so a cached generic plan cannot ignore them.
 */
@Tag("postgres-only")
class TaskAuthorizationStatisticsTest extends IntegrationTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired TaskAuthorizationStatistics statistics;

  @Test
  void theExpressionStatisticsOnAuthorizationPermissionsExistAndCreatingThemAgainIsHarmless() {
    assumeTrue(TestDatabase.isPostgres(), "expression statistics are a PostgreSQL feature");
    statistics.create();
    assertThat(jdbc.queryForList("SELECT stxname FROM pg_statistic_ext WHERE stxname LIKE 'cc_auth_perms%'",
        String.class)).containsExactlyInAnyOrder(TaskAuthorizationStatistics.READ, TaskAuthorizationStatistics.READ_TASK);
  }

  @Test
  void everySessionPlansWithTheActualParametersSoAGenericPlanCannotIgnoreThoseStatistics() {
    assumeTrue(TestDatabase.isPostgres(), "plan_cache_mode is a PostgreSQL setting");
    assertThat(jdbc.queryForObject("SHOW plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
  }
}
