package org.creditcommitment.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark 4b: Tasklist for a department official when the whole installation has many open tasks. Ten departments'
 * approver groups each hold a tenth of the tasks; the demo approver joins one of them, so the work filter (candidate
 * groups or assignee) finds that department's share among all the others' rows. A few instances per department are
 * started through the engine (its executions, tasks, candidate links, per-task authorizations and card variables);
 * the rest are SQL copies of exactly those runtime rows with suffixed ids, as {@link HistoryBench} grows history:
 * real engine rows the Tasklist query reads, without 100,000 process starts.
 */
final class DepartmentTasklistBench {

  static final String PROCESS_KEY = "bench-department-tasklist";
  static final int DEPARTMENTS = 10;
  static final String OFFICIAL = "approver";
  private static final int STARTED_PER_DEPARTMENT = 20;

  private final JdbcTemplate jdbc;
  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final TransactionTemplate transaction;
  private int started;
  private int copiesMade;

  DepartmentTasklistBench(JdbcTemplate jdbc, RepositoryService repository, RuntimeService runtime,
      IdentityService identity, TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.repository = repository;
    this.runtime = runtime;
    this.identity = identity;
    this.transaction = transaction;
  }

  static String group(int department) {
    return String.format("approver-bench%02d", department);
  }

  /** The official's own department: one of the ten. */
  static String officialsGroup() {
    return group(3);
  }

  /**
   * Opens tasks across the ten departments until about {@code total} are open (a later call with a larger total adds
   * copies to the earlier ones, so one run measures several sizes); returns how many the engine started (the rest are
   * copies).
   */
  int openTasks(int total, Report report) {
    if (started == 0) {
      startTemplates(total);
    }
    int copies = (int) Math.ceil((total - started) / (double) started);
    // parents before children: the engine's foreign keys hold for the copies as for the originals
    String[][] tables = {
        {"act_ru_execution", "proc_inst_id_ IN (SELECT pid FROM bench_dept_template)"},
        {"act_ru_task", "proc_inst_id_ IN (SELECT pid FROM bench_dept_template)"},
        {"act_ru_identitylink", "task_id_ IN (SELECT id_ FROM act_ru_task WHERE proc_inst_id_ IN"
            + " (SELECT pid FROM bench_dept_template))"},
        {"act_ru_variable", "proc_inst_id_ IN (SELECT pid FROM bench_dept_template)"},
        {"act_ru_authorization", "resource_id_ IN (SELECT id_ FROM act_ru_task WHERE proc_inst_id_ IN"
            + " (SELECT pid FROM bench_dept_template))"}};
    int chunk = Math.max(1, 20_000 / started);
    for (int from = copiesMade + 1; from <= copies; from += chunk) {
      int to = Math.min(copies, from + chunk - 1);
      for (String[] table : tables) {
        jdbc.update(cloneStatement(table[0], table[1]), from, to);
      }
      copiesMade = to;
      report.progress("  department tasks: %d of %d copies of %d started instances", to, copies, started);
    }
    return started;
  }

  private void startTemplates(int total) {
    repository.createDeployment().name(PROCESS_KEY).enableDuplicateFiltering(true).addModelInstance(
        PROCESS_KEY + ".bpmn", Bpmn.createExecutableProcess(PROCESS_KEY).name("部门待办压测").camundaHistoryTimeToLive(180)
            .startEvent().userTask("Task_Review").name("压测审批").camundaCandidateGroups("${department}").endEvent()
            .done()).deploy();
    for (int d = 0; d < DEPARTMENTS; d++) {
      if (identity.createGroupQuery().groupId(group(d)).count() == 0) {
        var g = identity.newGroup(group(d));
        g.setName("压测部门" + d + "审批");
        g.setType("WORKFLOW");
        identity.saveGroup(g);
      }
    }
    identity.createMembership(OFFICIAL, officialsGroup());
    started = Math.min(total, STARTED_PER_DEPARTMENT * DEPARTMENTS);
    List<String> pids = new ArrayList<>();
    transaction.executeWithoutResult(s -> {
      for (int i = 0; i < started; i++) {
        Map<String, Object> card = new java.util.HashMap<>(TasklistBench.cardVariables(i));
        card.put("department", group(i % DEPARTMENTS));
        pids.add(runtime.startProcessInstanceByKey(PROCESS_KEY, "DEPT-" + i, card).getId());
      }
    });
    jdbc.execute("DROP TABLE IF EXISTS bench_dept_template");
    jdbc.execute("CREATE TABLE bench_dept_template (pid VARCHAR(64) PRIMARY KEY)");
    jdbc.batchUpdate("INSERT INTO bench_dept_template (pid) VALUES (?)", pids.stream().map(p -> new Object[] {p})
        .toList());
  }

  long openTasksOfTheOfficialsDepartment() {
    return jdbc.queryForObject("SELECT count(*) FROM act_ru_identitylink WHERE type_ = 'candidate' AND group_id_ = ?",
        Long.class, officialsGroup());
  }

  /** INSERT ... SELECT of the template rows with every id but the shared ones (definitions, groups) suffixed. */
  private String cloneStatement(String table, String filter) {
    List<Map<String, Object>> columns = jdbc.queryForList("SELECT lower(column_name) AS name, data_type"
        + " FROM information_schema.columns WHERE table_schema = current_schema() AND lower(table_name) = ?"
        + " ORDER BY ordinal_position", table);
    List<String> names = new ArrayList<>();
    List<String> select = new ArrayList<>();
    List<String> keep = List.of("proc_def_id_", "proc_def_key_", "group_id_", "user_id_", "tenant_id_", "act_id_",
        "task_def_key_", "deployment_id_", "case_def_id_");
    for (Map<String, Object> c : columns) {
      String name = (String) c.get("name");
      names.add(name);
      boolean text = String.valueOf(c.get("data_type")).contains("char") || "text".equals(c.get("data_type"));
      boolean suffixed = text && !keep.contains(name) && (name.endsWith("_id_") || name.equals("id_")
          || name.equals("business_key_") || name.equals("var_scope_") || name.equals("act_inst_id_"));
      select.add(suffixed ? "CASE WHEN " + name + " IS NULL THEN NULL WHEN length(" + name + ") > 54 THEN md5("
          + name + ") || '-' || g ELSE " + name + " || '-' || g END" : name);
    }
    return "INSERT INTO " + table + " (" + String.join(", ", names) + ") SELECT " + String.join(", ", select)
        + " FROM " + table + " CROSS JOIN generate_series(?::int, ?::int) g WHERE " + filter;
  }
}
