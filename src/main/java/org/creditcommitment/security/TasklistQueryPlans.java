package org.creditcommitment.security;

import java.sql.Connection;
import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes PostgreSQL plan Tasklist's queries well. Camunda checks a user's right to see a task by joining
 * {@code ACT_RU_AUTHORIZATION} with {@code PERMS_ & n = n}; without statistics on those expressions the
 * planner guesses 0.5 % of a group's authorizations match, so with thousands of per-task authorizations it
 * compares every task with every authorization (a Tasklist filter of 10,000 open tasks took 13 s). With
 * expression statistics it probes the authorization index per task instead (about 0.1 s; docs/benchmarks.md).
 *
 * <p>Each probe looks for the task's id, its process definition's key and {@code '*'}; on the engine's own
 * resource index the {@code '*'} probe reads every grant on all resources (the administrators', every group's) only
 * to drop all but the few task grants. A partial index holding just the rows the task check can use (grants of
 * READ on tasks and READ_TASK on process definitions, the engine's exact condition, so the planner can prove it)
 * makes that probe read two or three rows: the filter's count at 10,000 open tasks goes from 97 to 57 ms.
 *
 * <p>The cards of a Tasklist page show variables, read by scope ({@code VariableInstance.xml}: {@code RES.VAR_SCOPE_
 * in (...)}, a column the engine does not index) under a check of READ on the process instance, READ_INSTANCE on its
 * definition or READ on the task. An index on the scope and a second partial index of exactly those grants let the
 * planner read the page's few variables instead of walking every running variable in key order (27 to 1 ms at
 * 10,000 open tasks).
 *
 * <p>The officials' work filter ({@link GroupSetup#WORK_FILTER}) asks for "my groups' unclaimed tasks or mine", a
 * condition over the task and its candidate links together ({@code RES.ASSIGNEE_ = ? or (RES.ASSIGNEE_ is null and
 * I.TYPE_ = 'candidate' and I.GROUP_ID_ IN (...))}): no index can pick the rows, so the count and the page each join
 * every open task with its links before filtering. Two covering indexes let that join read the few columns it tests
 * from two narrow indexes (merged in task id order) instead of the task table's wide rows: the filter's count at
 * 100,000 open tasks across ten departments from about 190 to about 145 ms (docs/benchmarks.md). Index-only scans need
 * the visibility map that VACUUM (autovacuum in production) keeps.
 * Created once (PostgreSQL 14 or later), concurrently so that writes go on; kept current by autovacuum's ANALYZE.
 */
@Component
class TasklistQueryPlans {

  static final String READ = "cc_auth_perms_read";
  static final String READ_TASK = "cc_auth_perms_read_task";
  static final String READ_INSTANCE = "cc_auth_perms_read_instance";
  static final String TASK_READ_INDEX = "cc_auth_task_read";
  static final String VARIABLE_READ_INDEX = "cc_auth_variable_read";
  static final String VARIABLE_SCOPE_INDEX = "cc_variable_scope_name";
  static final String WORK_FILTER_TASK_INDEX = "cc_task_work_filter";
  static final String WORK_FILTER_LINK_INDEX = "cc_identitylink_work_filter";
  private static final Logger log = LoggerFactory.getLogger(TasklistQueryPlans.class);

  private final JdbcTemplate jdbc;

  TasklistQueryPlans(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order // after the group grants of GroupSetup
  void create() {
    if (!postgres14OrLater()) {
      return;
    }
    try {
      // Permission.READ (2) on tasks and process instances, READ_TASK (64) and READ_INSTANCE (512) on process
      // definitions, as the task and variable queries test them
      jdbc.execute("CREATE STATISTICS IF NOT EXISTS " + READ + " ON (perms_ & 2) FROM act_ru_authorization");
      jdbc.execute("CREATE STATISTICS IF NOT EXISTS " + READ_TASK + " ON (perms_ & 64) FROM act_ru_authorization");
      jdbc.execute("CREATE STATISTICS IF NOT EXISTS " + READ_INSTANCE + " ON (perms_ & 512) FROM act_ru_authorization");
      jdbc.execute("CREATE INDEX CONCURRENTLY IF NOT EXISTS " + TASK_READ_INDEX + " ON act_ru_authorization"
          + " (resource_id_) WHERE type_ < 2 AND (resource_type_ = 7 AND perms_ & 2 = 2"
          + " OR resource_type_ = 6 AND perms_ & 64 = 64)");
      jdbc.execute("CREATE INDEX CONCURRENTLY IF NOT EXISTS " + VARIABLE_READ_INDEX + " ON act_ru_authorization"
          + " (resource_id_) WHERE type_ < 2 AND (resource_type_ = 8 AND perms_ & 2 = 2"
          + " OR resource_type_ = 6 AND perms_ & 512 = 512 OR resource_type_ = 7 AND perms_ & 2 = 2)");
      jdbc.execute("CREATE INDEX CONCURRENTLY IF NOT EXISTS " + VARIABLE_SCOPE_INDEX + " ON act_ru_variable"
          + " (var_scope_, name_)");
      // the work filter's join: the task columns its count and condition read, and the candidate link's type and group
      jdbc.execute("CREATE INDEX CONCURRENTLY IF NOT EXISTS " + WORK_FILTER_TASK_INDEX + " ON act_ru_task (id_)"
          + " INCLUDE (assignee_, proc_def_id_, case_execution_id_, tenant_id_)");
      jdbc.execute("CREATE INDEX CONCURRENTLY IF NOT EXISTS " + WORK_FILTER_LINK_INDEX + " ON act_ru_identitylink"
          + " (task_id_) INCLUDE (type_, group_id_)");
      jdbc.execute("ANALYZE act_ru_authorization");
      jdbc.execute("ANALYZE act_ru_variable");
      jdbc.execute("ANALYZE act_ru_task");
      jdbc.execute("ANALYZE act_ru_identitylink");
    } catch (DataAccessException e) {
      log.warn("Could not create the statistics and indexes that speed up Tasklist's queries (the database user must own"
          + " the schema): {}", e.getMessage());
    }
  }

  private boolean postgres14OrLater() {
    Boolean result = jdbc.execute((Connection connection) -> {
      DatabaseMetaData meta = connection.getMetaData();
      return "PostgreSQL".equals(meta.getDatabaseProductName()) && meta.getDatabaseMajorVersion() >= 14;
    });
    return Boolean.TRUE.equals(result);
  }
}
