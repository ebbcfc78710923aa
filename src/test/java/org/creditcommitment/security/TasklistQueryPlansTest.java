package org.creditcommitment.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL the start-up leaves the statistics that keep Tasklist's authorization joins index probes, the
 * partial indexes that make each probe read only the grants it can match, the index that finds a page's card
 * variables by scope, the covering indexes of the work filter's join of tasks and candidate links, and every session
 * plans with actual parameters so a cached generic plan cannot ignore them.
 */
@Tag("postgres-only")
class TasklistQueryPlansTest extends IntegrationTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired TasklistQueryPlans statistics;
  @Autowired TransactionTemplate transaction;

  @Test
  void theExpressionStatisticsOnAuthorizationPermissionsExistAndCreatingThemAgainIsHarmless() {
    assumeTrue(TestDatabase.isPostgres(), "expression statistics are a PostgreSQL feature");
    statistics.create();
    assertThat(jdbc.queryForList("SELECT stxname FROM pg_statistic_ext WHERE stxname LIKE 'cc_auth_perms%'",
        String.class)).containsExactlyInAnyOrder(TasklistQueryPlans.READ, TasklistQueryPlans.READ_TASK,
        TasklistQueryPlans.READ_INSTANCE);
  }

  @Test
  void theTaskReadIndexServesTheEnginesTaskAuthorizationCheckAsTheEngineWritesIt() {
    assumeTrue(TestDatabase.isPostgres(), "a partial index the planner proves usable is a PostgreSQL matter");
    statistics.create();
    // the engine's join condition, as Task.xml and Authorization.xml write it for a task query; with sequential scans
    // off the planner takes the partial index only if it can prove the query's condition implies the index's
    java.util.List<String> lines = transaction.execute(status -> {
      jdbc.execute("SET LOCAL enable_seqscan = off");
      return jdbc.queryForList("EXPLAIN SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ FROM ACT_RU_TASK RES"
          + " LEFT JOIN ACT_RE_PROCDEF D ON RES.PROC_DEF_ID_ = D.ID_ LEFT JOIN (SELECT A.* FROM ACT_RU_AUTHORIZATION A"
          + " WHERE A.TYPE_ < 2 AND (A.USER_ID_ IN ('clerk', '*') OR A.GROUP_ID_ IN ('clerk')) AND ((A.RESOURCE_TYPE_ = 7"
          + " AND A.PERMS_ & 2 = 2 OR A.RESOURCE_TYPE_ = 6 AND A.PERMS_ & 64 = 64))) AUTH"
          + " ON (AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')) WHERE AUTH.RESOURCE_ID_ IS NOT NULL) counted",
          String.class);
    });
    assertThat(String.join("\n", lines)).contains(TasklistQueryPlans.TASK_READ_INDEX);
  }

  @Test
  void aPagesCardVariablesAreReadByScopeUnderTheVariableReadIndexAsTheEngineWritesIt() {
    assumeTrue(TestDatabase.isPostgres(), "a partial index the planner proves usable is a PostgreSQL matter");
    statistics.create();
    // VariableInstance.xml's query for the variables of a HAL task page, as the clerk: scope, names and the check of
    // READ on the process instance, READ_INSTANCE on its definition or READ on the task
    // a test database has too few variables to make walking the key dearer, so only scans by a condition are left
    java.util.List<String> lines = transaction.execute(status -> {
      jdbc.execute("SET LOCAL enable_seqscan = off");
      jdbc.execute("SET LOCAL enable_indexscan = off");
      return jdbc.queryForList("EXPLAIN SELECT DISTINCT RES.* FROM ACT_RU_VARIABLE RES LEFT JOIN ACT_RU_EXECUTION"
          + " PROC_EXECUTION ON PROC_EXECUTION.ID_ = RES.PROC_INST_ID_ LEFT JOIN ACT_RE_PROCDEF PROCDEF ON PROCDEF.ID_ ="
          + " PROC_EXECUTION.PROC_DEF_ID_ LEFT JOIN (SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 AND"
          + " (A.USER_ID_ IN ('clerk', '*') OR A.GROUP_ID_ IN ('clerk')) AND ((A.RESOURCE_TYPE_ = 8 AND A.PERMS_ & 2 = 2"
          + " OR A.RESOURCE_TYPE_ = 6 AND A.PERMS_ & 512 = 512 OR A.RESOURCE_TYPE_ = 7 AND A.PERMS_ & 2 = 2))) AUTH"
          + " ON (AUTH.RESOURCE_ID_ IN (RES.PROC_INST_ID_, PROC_EXECUTION.ID_, PROCDEF.KEY_, RES.TASK_ID_, '*'))"
          + " WHERE RES.NAME_ IN ('caseNo', 'applicantName') AND RES.VAR_SCOPE_ IN ('a-task', 'an-execution')"
          + " AND AUTH.RESOURCE_ID_ IS NOT NULL", String.class);
    });
    assertThat(String.join("\n", lines)).contains(TasklistQueryPlans.VARIABLE_SCOPE_INDEX, TasklistQueryPlans.VARIABLE_READ_INDEX);
  }

  @Test
  void theWorkFiltersJoinHasValidIndexesHoldingEveryColumnItReadsOfTasksAndTheirCandidateLinks() {
    assumeTrue(TestDatabase.isPostgres(), "covering indexes the planner may scan alone are a PostgreSQL matter");
    statistics.create();
    // what the two inputs of Task.xml's join for the work filter (assignee or candidate group) read, in task-id order.
    // Whether the planner scans these indexes alone depends on the visibility map, which a shared test database with
    // open transactions cannot promise (the bench shows the plans); what this proves is that they can: valid, keyed by
    // the join column, holding every other column the count's condition reads
    assertThat(indexDefinition(TasklistQueryPlans.WORK_FILTER_TASK_INDEX))
        .contains("(id_) include (assignee_, proc_def_id_, case_execution_id_, tenant_id_)");
    assertThat(indexDefinition(TasklistQueryPlans.WORK_FILTER_LINK_INDEX)).contains("(task_id_) include (type_, group_id_)");
  }

  private String indexDefinition(String name) {
    assertThat(jdbc.queryForObject("SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
        + " WHERE c.relname = ?", Boolean.class, name)).as(name + " valid").isTrue();
    return jdbc.queryForObject("SELECT indexdef FROM pg_indexes WHERE indexname = ?", String.class, name)
        .toLowerCase(java.util.Locale.ROOT);
  }

  @Test
  void everySessionPlansWithTheActualParametersSoAGenericPlanCannotIgnoreThoseStatistics() {
    assumeTrue(TestDatabase.isPostgres(), "plan_cache_mode is a PostgreSQL setting");
    assertThat(jdbc.queryForObject("SHOW plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
    // and prices a random read as SSD or memory do, so a few thousand tasks are not compared with every authorization
    assertThat(jdbc.queryForObject("SHOW random_page_cost", String.class)).isEqualTo("1.1");
    // and sorts a page's card variables in memory rather than walking every variable to avoid the sort
    assertThat(jdbc.queryForObject("SHOW work_mem", String.class)).isEqualTo("16MB");
    // and runs them without compiling each to machine code first, which costs more than the work filter's count saves
    assertThat(jdbc.queryForObject("SHOW jit", String.class)).isEqualTo("off");
    // and prices a row so that probing the grants of each visible task beats comparing every task with every grant
    assertThat(jdbc.queryForObject("SHOW cpu_tuple_cost", String.class)).isEqualTo("0.02");
  }
}
