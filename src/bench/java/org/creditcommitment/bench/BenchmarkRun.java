package org.creditcommitment.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.commitment.LifecycleBench;
import org.creditcommitment.documents.DocumentLayoutWorkers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.quartz.QuartzProperties;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmarks, run by {@code ./mvnw -Pbench} (docs/benchmarks.md): one JVM, the
 * application context of the integration tests on PostgreSQL, five benchmarks in a fixed order, each
 * figure against a baseline measured in the same JVM. Not a test: it asserts nothing about the figures;
 * it fails only when the work itself fails (a case not FULFILLED, a deadline lost).
 */
@Tag("bench")
class BenchmarkRun extends IntegrationTest {

  private static final String LIFECYCLE = "1 lifecycle throughput";
  private static final String BURST = "2 midnight burst";
  private static final String HISTORY = "3 history queries";
  private static final String TASKLIST = "4 tasklist query";
  private static final String FOOTPRINT = "5 footprint";

  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;

  private final Settings settings = new Settings();
  private Report report;

  @Test
  void run() throws Exception {
    long startupMs = System.currentTimeMillis() - context.getStartupDate();
    report = new Report(settings);
    quiet();
    report.machine("database", jdbc.queryForObject("SELECT version()", String.class));
    report.machine("databaseUrl", jdbc.getDataSource().getConnection().getMetaData().getURL());
    report.setting("quartz", context.getBean(QuartzProperties.class).getProperties().toString());
    report.setting("history level", processEngine.getProcessEngineConfiguration().getHistory());
    report.progress("start: %s", settings.asMap());
    boolean statements = statementStatsAvailable();

    LifecycleBench lifecycle = new LifecycleBench(context);
    List<String> endedCases = lifecycle(lifecycle, statements);

    if (settings.only.contains("tasklist")) {
      tasklist();
      departmentTasklist();
    }
    if (settings.only.contains("burst")) {
      burst();
    }
    if (settings.only.contains("history")) {
      history(endedCases);
    }

    report.figure(new Report.Figure(FOOTPRINT, "start-up of the application context", "ms", startupMs, Double.NaN,
        Double.NaN, null, null));
    report.figure(new Report.Figure(FOOTPRINT, "resident memory after the run", "MiB", Report.residentMiB(),
        Double.NaN, Double.NaN, null, null));
    System.gc();
    report.detail(FOOTPRINT + ": process", row("figure", "resident memory after the run (MiB)", "value", Report.residentMiB()));
    report.detail(FOOTPRINT + ": process", row("figure", "heap used after GC (MiB)", "value",
        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024)));
    report.detail(FOOTPRINT + ": process", row("figure", "start-up (ms)", "value", startupMs));
    report.machine("residentMiBAfterRun", Report.residentMiB());
    report.write();
  }

  private List<String> lifecycle(LifecycleBench bench, boolean statements) throws InterruptedException {
    bench.deployBaseline();
    report.progress("%s: %d subjects", LIFECYCLE, settings.warmupCases + settings.cases * settings.threads.size());
    report.progress("%s: warm-up, %d cases of each process", LIFECYCLE, settings.warmupCases);
    bench.baseline(settings.warmupCases, 2);
    bench.lifecycle(bench.subjects(settings.warmupCases), 2);
    // no warm-up layouts left to compete with the baseline
    context.getBean(DocumentLayoutWorkers.class).awaitIdle(java.time.Duration.ofMinutes(5));
    List<String> ended = new ArrayList<>();
    for (int threads : settings.threads) {
      List<String> subjects = bench.subjects(settings.cases);
      report.progress("%s: baseline, %d cases, %d thread(s)", LIFECYCLE, settings.cases, threads);
      long before = databaseBytes();
      LifecycleBench.Run base = bench.baseline(settings.cases, threads);
      long baseBytes = databaseBytes() - before;
      report.progress("%s: lifecycle, %d cases, %d thread(s)", LIFECYCLE, settings.cases, threads);
      if (statements) {
        jdbc.queryForList("SELECT pg_stat_statements_reset()");
      }
      before = databaseBytes();
      Map<String, Long> tablesBefore = bytesByArea();
      Map<String, Long> eachTableBefore = bytesByTable();
      Map<String, Long> rowsBefore = rowsByTable(eachTableBefore.keySet());
      LifecycleBench.Run ours = bench.lifecycle(subjects, threads);
      // the documents' PDFs are laid out by the background pool: counted in the bytes once it has caught up
      long layoutStart = System.nanoTime();
      boolean caughtUp = context.getBean(DocumentLayoutWorkers.class).awaitIdle(java.time.Duration.ofMinutes(5));
      // a table of its own: the step table takes its columns from its first row
      report.detail(LIFECYCLE + ": layout pool", row("threads", threads, "caught up after the run (ms)",
          caughtUp ? (System.nanoTime() - layoutStart) / 1_000_000.0 : Double.NaN));
      long ourBytes = databaseBytes() - before;
      Map<String, Long> tablesAfter = bytesByArea();
      Map<String, Long> eachTableAfter = bytesByTable();
      Map<String, Long> rowsAfter = rowsByTable(eachTableAfter.keySet());
      ended.addAll(ours.processInstanceIds());
      boolean last = threads == settings.threads.get(settings.threads.size() - 1);
      report.rate(LIFECYCLE, threads + " client thread(s)", "cases/s", ours.casesPerSecond(), base.casesPerSecond(),
          threads >= 4 ? "ratio >= 0.5 at 4 threads" : threads == 1 ? "ratio >= 0.7 at 1 thread" : null,
          threads >= 4 ? 0.5 : threads == 1 ? 0.7 : null);
      for (String step : LifecycleBench.STEPS) {
        Stats o = ours.steps().get(step);
        Stats b = base.steps().get(step);
        report.detail(LIFECYCLE, row("threads", threads, "step", step, "p50 ms", o.p50(), "p99 ms", o.p99(),
            "baseline p50 ms", b.p50(), "baseline p99 ms", b.p99(), "extra mean ms", o.mean() - b.mean()));
      }
      if (last) {
        double kb = ourBytes / 1024.0 / settings.cases;
        report.figure(new Report.Figure(FOOTPRINT, "database bytes per ended case", "KB", kb,
            baseBytes / 1024.0 / settings.cases, kb == 0 ? 0 : (baseBytes / 1024.0 / settings.cases) / kb,
            "<= 150 KB, documents included", kb <= 150));
        tablesAfter.forEach((area, bytes) -> report.detail(FOOTPRINT + ": by area", row("area", area, "KB per case",
            (bytes - tablesBefore.getOrDefault(area, 0L)) / 1024.0 / settings.cases)));
        // what the bytes are, table by table (with its indexes and TOAST): the evidence for the retention choice
        eachTableAfter.entrySet().stream()
            .map(e -> Map.entry(e.getKey(), e.getValue() - eachTableBefore.getOrDefault(e.getKey(), 0L)))
            .filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .forEach(e -> report.detail(FOOTPRINT + ": by table", row("table", e.getKey(), "KB per case",
                e.getValue() / 1024.0 / settings.cases, "rows per case", (rowsAfter.getOrDefault(e.getKey(), 0L) - rowsBefore.getOrDefault(e.getKey(), 0L))
                / (double) settings.cases)));
        // the PDFs themselves against what their table grew by (row versions, TOAST chunks, indexes)
        report.detail(FOOTPRINT + ": issued documents", row("figure", "PDF bytes per case (content_size)", "value",
            jdbc.queryForObject("SELECT coalesce(sum(content_size), 0) FROM issued_document", Long.class) / 1024.0
                / Math.max(1, jdbc.queryForObject("SELECT count(DISTINCT case_no) FROM issued_document", Long.class))));
        if (statements) {
          topStatements(ours.seconds());
        }
      }
    }
    return ended;
  }

  private void tasklist() {
    TasklistBench bench = new TasklistBench(context.getBean(RepositoryService.class),
        context.getBean(RuntimeService.class), context.getBean(TaskService.class), context.getBean(FilterService.class),
        context.getBean(IdentityService.class), transaction());
    report.progress("%s: %d open tasks for the clerk group", TASKLIST, settings.tasklistTasks);
    bench.openTasks(settings.tasklistTasks, report);
    // a database that gathered its open tasks over days has statistics on them; autovacuum would take a minute or
    // more to notice a bulk load, and the plans measured before would be those of an empty table
    jdbc.execute("ANALYZE");
    Filter filter = bench.clerkFilter();
    long count = bench.filterCount(filter.getId());
    if (count < settings.tasklistTasks || bench.filterFirstPage(filter.getId()) != TasklistBench.PAGE) {
      throw new IllegalStateException("The clerk filter sees " + count + " tasks");
    }
    List<Integer> one = List.of(0);
    Stats ourCount = HistoryBench.measure(one, settings.tasklistRuns, x -> bench.filterCount(filter.getId()));
    Stats baseCount = HistoryBench.measure(one, settings.tasklistRuns, x -> bench.plainCount());
    Stats ourPage = HistoryBench.measure(one, settings.tasklistRuns, x -> bench.filterFirstPage(filter.getId()));
    Stats basePage = HistoryBench.measure(one, settings.tasklistRuns, x -> bench.plainFirstPage());
    report.time(TASKLIST, "filter count p99 (" + count + " tasks)", ourCount.p99(), baseCount.p99(), "p99 < 200 ms",
        200.0);
    report.time(TASKLIST, "filter first page p99", ourPage.p99(), basePage.p99(), "p99 < 200 ms", 200.0);
    report.detail(TASKLIST, row("query", "filter count (as clerk)", "p50 ms", ourCount.p50(), "p99 ms", ourCount.p99()));
    report.detail(TASKLIST, row("query", "filter first page (as clerk)", "p50 ms", ourPage.p50(), "p99 ms",
        ourPage.p99()));
    report.detail(TASKLIST, row("query", "baseline: candidate group count, no auth", "p50 ms", baseCount.p50(),
        "p99 ms", baseCount.p99()));
    report.detail(TASKLIST, row("query", "baseline: candidate group first page, no auth", "p50 ms", basePage.p50(),
        "p99 ms", basePage.p99()));
    // what the official meets: the calls Tasklist makes over HTTP when the clerk opens it, on one session
    TasklistSession session = new TasklistSession(port);
    session.logIn("clerk", "demo");
    String firstTask = context.getBean(TaskService.class).createTaskQuery().taskCandidateGroup(
        org.creditcommitment.security.Groups.CLERK).orderByTaskCreateTime().desc().listPage(0, 1).get(0).getId();
    boolean statements = statementStatsAvailable();
    if (Boolean.getBoolean("bench.explain")) {
      explainTasklist();
    }
    Stats httpCount = HistoryBench.measure(one, settings.tasklistRuns, x -> session.count(filter.getId()));
    Stats httpPage = HistoryBench.measure(one, settings.tasklistRuns,
        x -> session.firstPage(filter.getId(), TasklistBench.PAGE));
    Stats httpForm = HistoryBench.measure(one, settings.tasklistRuns, x -> session.formVariables(firstTask));
    if (statements) {
      topStatements(TASKLIST);
    }
    report.time(TASKLIST, "Tasklist over HTTP: filter count p99", httpCount.p99(), baseCount.p99(), "p99 < 200 ms",
        200.0);
    report.time(TASKLIST, "Tasklist over HTTP: first page with card variables p99", httpPage.p99(), basePage.p99(),
        "p99 < 200 ms", 200.0);
    report.time(TASKLIST, "Tasklist over HTTP: form variables of the first task p99", httpForm.p99(),
        basePage.p99(), "p99 < 200 ms", 200.0);
    report.detail(TASKLIST, row("query", "HTTP as clerk: filter count", "p50 ms", httpCount.p50(), "p99 ms",
        httpCount.p99()));
    report.detail(TASKLIST, row("query", "HTTP as clerk: first page (HAL, card variables)", "p50 ms", httpPage.p50(),
        "p99 ms", httpPage.p99()));
    report.detail(TASKLIST, row("query", "HTTP as clerk: form variables of the first task", "p50 ms", httpForm.p50(),
        "p99 ms", httpForm.p99()));
  }

  /**
   * A department official's Tasklist when ten departments hold the open tasks: the first page over HTTP, with the
   * set-up's own time (engine starts plus SQL copies of their rows) reported beside it.
   */
  private void departmentTasklist() {
    DepartmentTasklistBench bench = new DepartmentTasklistBench(jdbc, context.getBean(RepositoryService.class),
        context.getBean(RuntimeService.class), context.getBean(IdentityService.class), transaction());
    Filter filter = new TasklistBench(context.getBean(RepositoryService.class), context.getBean(RuntimeService.class),
        context.getBean(TaskService.class), context.getBean(FilterService.class),
        context.getBean(IdentityService.class), transaction()).clerkFilter();
    double setupSeconds = 0;
    for (int size : settings.departmentTasks) {
      report.progress("%s: %d open tasks across %d departments", TASKLIST, size, DepartmentTasklistBench.DEPARTMENTS);
      long start = System.nanoTime();
      int started = bench.openTasks(size, report);
      // as autovacuum leaves a table after a large insert (PostgreSQL 13 and later vacuum on inserts too): statistics
      // and the visibility map that index-only scans need; ANALYZE alone left the copies' pages unmarked
      for (String table : List.of("act_ru_execution", "act_ru_task", "act_ru_identitylink", "act_ru_variable",
          "act_ru_authorization")) {
        jdbc.execute("VACUUM ANALYZE " + table);
      }
      setupSeconds += (System.nanoTime() - start) / 1e9;
      departmentTasklist(bench, filter, size, started, setupSeconds);
    }
  }

  private void departmentTasklist(DepartmentTasklistBench bench, Filter filter, int size, int started,
      double setupSeconds) {
    long open = context.getBean(TaskService.class).createTaskQuery().count();
    long own = bench.openTasksOfTheOfficialsDepartment();
    report.note(TASKLIST, String.format(java.util.Locale.ROOT, "department scenario: %d open tasks in the database,"
        + " %d of them the official's department's (%s); set-up %.1f s (%d started by the engine, the rest SQL copies of"
        + " their runtime rows, then VACUUM ANALYZE)", open, own, DepartmentTasklistBench.officialsGroup(), setupSeconds,
        started));
    TasklistSession session = new TasklistSession(port);
    session.logIn(DepartmentTasklistBench.OFFICIAL, "demo");
    String count = session.count(filter.getId());
    if (!count.contains(String.valueOf(own))) {
      throw new IllegalStateException("The department official's filter counts " + count + ", expected " + own);
    }
    if (Boolean.getBoolean("bench.explain")) {
      explainDepartmentCount();
    }
    boolean statements = statementStatsAvailable();
    List<Integer> one = List.of(0);
    Stats httpCount = HistoryBench.measure(one, settings.tasklistRuns, x -> session.count(filter.getId()));
    Stats httpPage = HistoryBench.measure(one, settings.tasklistRuns,
        x -> session.firstPage(filter.getId(), TasklistBench.PAGE));
    String scale = size + " open tasks, " + DepartmentTasklistBench.DEPARTMENTS + " departments";
    if (statements) {
      topStatements(TASKLIST + " (departments, " + scale + ")");
    }
    report.figure(new Report.Figure(TASKLIST, "department official over HTTP: first page p99 (" + scale + ")", "ms",
        httpPage.p99(), Double.NaN, Double.NaN, "p99 < 200 ms", httpPage.p99() < 200));
    report.detail(TASKLIST, row("query", "HTTP as department official: filter count (" + scale + ")", "p50 ms",
        httpCount.p50(), "p99 ms", httpCount.p99()));
    report.detail(TASKLIST, row("query", "HTTP as department official: first page (HAL, card variables) (" + scale
        + ")", "p50 ms", httpPage.p50(), "p99 ms", httpPage.p99()));
    report.detail(TASKLIST, row("query", "set-up of the department scenario up to " + size + " tasks (s)", "p50 ms",
        setupSeconds, "p99 ms", ""));
  }

  private void burst() throws Exception {
    BurstBench bench = new BurstBench(context, report);
    report.progress("%s: %d pending deadlines", BURST, settings.burstPending);
    bench.pending(settings.burstPending);
    report.progress("%s: %d waiting processes", BURST, settings.burstDue);
    bench.waiting(settings.burstDue);
    report.progress("%s: baseline, bare Quartz, %d triggers", BURST, settings.burstDue);
    BurstBench.Burst bare = bench.bareQuartz(settings.burstDue, settings.burstTimeoutSeconds);
    report.progress("%s: ours, %d deadlines", BURST, settings.burstDue);
    BurstBench.Burst ours = bench.ours(settings.burstDue, settings.burstTimeoutSeconds);
    if (ours.done() != settings.burstDue) {
      report.note(BURST, "only " + ours.done() + " of " + settings.burstDue + " correlated within the time-out");
    }
    report.rate(BURST, "fire-and-correlate rate", "per s", ours.ratePerSecond(), bare.ratePerSecond(),
        "ratio >= 1.0", 1.0);
    report.figure(new Report.Figure(BURST, "last of " + settings.burstDue + " correlated after", "s",
        ours.lateness().max() / 1000, bare.lateness().max() / 1000,
        ours.lateness().max() == 0 ? 0 : bare.lateness().max() / ours.lateness().max(), "<= 60 s",
        ours.done() == settings.burstDue && ours.lateness().max() <= 60_000));
    for (var e : Map.of("ours (fire + correlate)", ours, "baseline (bare Quartz, insert a row)", bare).entrySet()) {
      report.detail(BURST, row("run", e.getKey(), "done", e.getValue().done(), "per s", e.getValue().ratePerSecond(),
          "lateness p50 s", e.getValue().lateness().p50() / 1000, "p99 s", e.getValue().lateness().p99() / 1000,
          "max s", e.getValue().lateness().max() / 1000));
    }
  }

  private void history(List<String> templates) {
    HistoryBench bench = new HistoryBench(jdbc, report);
    report.progress("%s: growing to %d ended cases from %d real ones", HISTORY, settings.historyCases,
        templates.size());
    long before = databaseBytes();
    int ended = bench.generate(templates, settings.historyCases);
    report.note(HISTORY, String.format("%d ended cases; cloning added %.0f MB", ended,
        (databaseBytes() - before) / 1e6));
    List<Map<String, Object>> sample = jdbc.queryForList("SELECT case_no, process_instance_id FROM commitment_case"
        + " WHERE end_state IS NOT NULL ORDER BY random() LIMIT ?", settings.queryRuns);
    HistoryService history = context.getBean(HistoryService.class);
    // what the auditor's page reads: the product's case history over HTTP, as the auditor (HTTP Basic)
    Stats ours = HistoryBench.measure(sample, settings.queryRuns,
        c -> expectOk(http.get("/api/cases/" + c.get("case_no") + "/history", "auditor")));
    Stats base = HistoryBench.measure(sample, settings.queryRuns,
        c -> history.createHistoricProcessInstanceQuery().processInstanceId((String) c.get("process_instance_id"))
            .singleResult());
    report.time(HISTORY, "auditor timeline of one case p99", ours.p99(), base.p99(), "p99 < 100 ms", 100.0);
    List<Map<String, Object>> items = jdbc.queryForList("SELECT DISTINCT item_code FROM commitment_case");
    Stats page = HistoryBench.measure(items, settings.queryRuns, i -> expectOk(http.get("/api/audit/cases?item="
        + i.get("item_code") + "&endState=FULFILLED&page=0&size=20", "auditor")));
    Stats pageBase = HistoryBench.measure(sample, settings.queryRuns,
        c -> jdbc.queryForList("SELECT * FROM commitment_case WHERE case_no = ?", c.get("case_no")));
    report.time(HISTORY, "case search page (20 + total) p99", page.p99(), pageBase.p99(), "p99 < 100 ms", 100.0);
    report.detail(HISTORY, row("query", "GET /api/cases/{no}/history as auditor (the auditor page's timeline)",
        "p50 ms", ours.p50(), "p99 ms", ours.p99()));
    report.detail(HISTORY, row("query", "GET /api/audit/cases by item and end state, newest 20 with the total",
        "p50 ms", page.p50(), "p99 ms", page.p99()));
    report.detail(HISTORY, row("query", "baseline: historic process instance by id", "p50 ms", base.p50(), "p99 ms",
        base.p99()));
    report.detail(HISTORY, row("query", "baseline: case row by case number", "p50 ms", pageBase.p50(), "p99 ms",
        pageBase.p99()));
  }

  private static void expectOk(java.net.http.HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": " + response.body());
    }
  }

  private void topStatements(double seconds) {
    Double total = jdbc.queryForObject("SELECT sum(total_exec_time) FROM pg_stat_statements", Double.class);
    report.note(LIFECYCLE, String.format("database execution time during the last lifecycle run: %.1f s of %.1f s"
        + " wall clock (pg_stat_statements)", (total == null ? 0 : total) / 1000, seconds));
    topStatements(LIFECYCLE);
  }

  /**
   * With {@code -Dbench.jvmArgs=-Dbench.explain=true}: the plan of the work filter's count as the engine sends it for
   * the clerk (Task.xml and Authorization.xml of Camunda 7.24), and how the authorizations are spread over resources.
   */
  private void explainTasklist() {
    String sql = "EXPLAIN (ANALYZE, BUFFERS) SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ from ACT_RU_TASK RES"
        + " left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_ left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_"
        + " left join (SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 AND ( A.USER_ID_ in ('clerk', '*')"
        + " OR A.GROUP_ID_ IN ('clerk')) AND ((A.RESOURCE_TYPE_ = 7 AND A.PERMS_ & 2 = 2 OR A.RESOURCE_TYPE_ = 6"
        + " AND A.PERMS_ & 64 = 64))) AUTH ON (AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')) WHERE (1 = 1) and"
        + " (1 = 1 and RES.ASSIGNEE_ = 'clerk' or (RES.ASSIGNEE_ is null and I.TYPE_ = 'candidate' and"
        + " (I.GROUP_ID_ IN ('clerk')))) and ((RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL))"
        + " and (RES.TENANT_ID_ is null)) countDistinct";
    report.progress("authorization rows: %s", jdbc.queryForList("SELECT resource_type_, resource_id_ = '*' AS star,"
        + " count(*) FROM act_ru_authorization GROUP BY 1, 2 ORDER BY 3 DESC"));
    for (String setting : List.of("", "SET LOCAL random_page_cost = 4")) {
      StringBuilder plan = new StringBuilder();
      transaction().executeWithoutResult(status -> {
        if (!setting.isEmpty()) {
          jdbc.execute(setting);
        }
        jdbc.queryForList(sql, String.class).forEach(line -> plan.append(line).append('\n'));
      });
      report.progress("plan of the work filter's count as clerk [%s]:%n%s", setting, plan);
    }
    String page = "EXPLAIN (ANALYZE, BUFFERS) select distinct RES.REV_, RES.ID_, RES.NAME_, RES.PARENT_TASK_ID_,"
        + " RES.DESCRIPTION_, RES.PRIORITY_, RES.CREATE_TIME_, RES.OWNER_, RES.ASSIGNEE_, RES.DELEGATION_,"
        + " RES.EXECUTION_ID_, RES.PROC_INST_ID_, RES.PROC_DEF_ID_, RES.CASE_EXECUTION_ID_, RES.CASE_INST_ID_,"
        + " RES.CASE_DEF_ID_, RES.TASK_DEF_KEY_, RES.DUE_DATE_, RES.FOLLOW_UP_DATE_, RES.SUSPENSION_STATE_,"
        + " RES.TENANT_ID_, RES.LAST_UPDATED_, RES.TASK_STATE_" + sql.substring(sql.indexOf(" from ACT_RU_TASK RES"),
        sql.lastIndexOf(")")) + " order by RES.DUE_DATE_ asc LIMIT 15 OFFSET 0";
    StringBuilder pagePlan = new StringBuilder();
    transaction().executeWithoutResult(status -> jdbc.queryForList(page, String.class)
        .forEach(line -> pagePlan.append(line).append('\n')));
    report.progress("plan of the work filter's first page as clerk:%n%s", pagePlan);
    // the card variables of the first page, as the HAL list asks for them (VariableInstance.xml of Camunda 7.24)
    List<String> scopes = new ArrayList<>();
    context.getBean(TaskService.class).createTaskQuery().taskCandidateGroup(org.creditcommitment.security.Groups.CLERK)
        .orderByTaskCreateTime().desc().listPage(0, TasklistBench.PAGE).forEach(t -> scopes.addAll(List.of(
            t.getId(), t.getExecutionId(), t.getProcessInstanceId())));
    String variables = "EXPLAIN (ANALYZE, BUFFERS) select distinct RES.* from ( select RES.*, EXECUTION.ACT_INST_ID_"
        + " AS ACT_INST_ID_ from ACT_RU_VARIABLE RES left join ACT_RU_EXECUTION EXECUTION on RES.EXECUTION_ID_ ="
        + " EXECUTION.ID_ left join ACT_RU_EXECUTION PARENT_EXECUTION on EXECUTION.PARENT_ID_ = PARENT_EXECUTION.ID_"
        + " left join ACT_RU_EXECUTION PROC_EXECUTION on PROC_EXECUTION.ID_ = RES.PROC_INST_ID_ left join ACT_RE_PROCDEF"
        + " PROCDEF on PROCDEF.ID_ = PROC_EXECUTION.PROC_DEF_ID_ left join ( SELECT A.* FROM ACT_RU_AUTHORIZATION A"
        + " WHERE A.TYPE_ < 2 AND ( A.USER_ID_ in ('clerk', '*') OR A.GROUP_ID_ IN ('clerk') ) AND ( ( A.RESOURCE_TYPE_"
        + " = 8 AND A.PERMS_ & 2 = 2 OR A.RESOURCE_TYPE_ = 6 AND A.PERMS_ & 512 = 512 OR A.RESOURCE_TYPE_ = 7 AND"
        + " A.PERMS_ & 2 = 2 ) ) ) AUTH ON (AUTH.RESOURCE_ID_ IN ( RES.PROC_INST_ID_ , PROC_EXECUTION.ID_ ,"
        + " PROCDEF.KEY_ , RES.TASK_ID_ , '*' ) ) WHERE RES.NAME_ in ('caseNo', 'objectionNo', 'repairNo',"
        + " 'voluntaryNo', 'applicantName', 'subjectName', 'itemName', 'departmentName') and RES.VAR_SCOPE_ in ('"
        + String.join("', '", scopes) + "') and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT"
        + " NULL) ) and (RES.TENANT_ID_ is null ) ) RES order by RES.ID_ asc LIMIT 2147483647 OFFSET 0";
    for (String setting : List.of("", "SET LOCAL work_mem = '16MB'", "SET LOCAL max_parallel_workers_per_gather = 0")) {
      StringBuilder plan = new StringBuilder();
      transaction().executeWithoutResult(status -> {
        if (!setting.isEmpty()) {
          jdbc.execute(setting);
        }
        jdbc.queryForList(variables, String.class).forEach(line -> plan.append(line).append('\n'));
      });
      report.progress("plan of the first page's card variables as clerk [%s]:%n%s", setting, plan);
    }
  }

  /** The work filter's count as the engine sends it for the department official (groups as Tasklist's session has). */
  private void explainDepartmentCount() {
    List<String> groups = context.getBean(IdentityService.class).createGroupQuery()
        .groupMember(DepartmentTasklistBench.OFFICIAL).list().stream().map(g -> "'" + g.getId() + "'").toList();
    String in = String.join(", ", groups);
    String sql = "EXPLAIN (ANALYZE, BUFFERS) SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ from ACT_RU_TASK RES"
        + " left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_ left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_"
        + " left join (SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 AND ( A.USER_ID_ in ('approver', '*')"
        + " OR A.GROUP_ID_ IN (" + in + ")) AND ((A.RESOURCE_TYPE_ = 7 AND A.PERMS_ & 2 = 2 OR A.RESOURCE_TYPE_ = 6"
        + " AND A.PERMS_ & 64 = 64))) AUTH ON (AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')) WHERE (1 = 1) and"
        + " (1 = 1 and RES.ASSIGNEE_ = 'approver' or (RES.ASSIGNEE_ is null and I.TYPE_ = 'candidate' and"
        + " (I.GROUP_ID_ IN (" + in + ")))) and ((RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL))"
        + " and (RES.TENANT_ID_ is null)) countDistinct";
    StringBuilder plan = new StringBuilder();
    transaction().executeWithoutResult(status -> jdbc.queryForList(sql, String.class)
        .forEach(line -> plan.append(line).append('\n')));
    report.progress("plan of the work filter's count as the department official:%n%s", plan);
  }

  /** The statements that took the most database time since the last reset, under this benchmark's heading. */
  private void topStatements(String section) {
    jdbc.queryForList("SELECT left(regexp_replace(query, '\\s+', ' ', 'g'), 160) AS q, calls, total_exec_time AS ms,"
        + " mean_exec_time AS mean FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 12")
        .forEach(r -> report.detail(section + ": top statements", row("statement", "`" + r.get("q") + "`",
            "calls", r.get("calls"), "total ms", r.get("ms"), "mean ms", r.get("mean"))));
  }

  private boolean statementStatsAvailable() {
    try {
      jdbc.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
      jdbc.queryForList("SELECT pg_stat_statements_reset()");
      return true;
    } catch (RuntimeException e) {
      report.note(LIFECYCLE, "pg_stat_statements not available (shared_preload_libraries): " + e.getMessage());
      return false;
    }
  }

  private long databaseBytes() {
    return jdbc.queryForObject("SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
        + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = current_schema()",
        Long.class);
  }

  private Map<String, Long> bytesByArea() {
    Map<String, Long> areas = new LinkedHashMap<>();
    jdbc.queryForList("SELECT CASE WHEN c.relname LIKE 'act_hi_%' OR c.relname = 'act_ge_bytearray'"
        + " THEN 'Camunda history (act_hi_*, act_ge_bytearray)' WHEN c.relname LIKE 'act_%' THEN 'Camunda runtime'"
        + " WHEN c.relname LIKE 'qrtz_%' THEN 'Quartz' ELSE 'application tables' END AS area,"
        + " sum(pg_total_relation_size(c.oid)) AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        + " WHERE c.relkind = 'r' AND n.nspname = current_schema() GROUP BY 1 ORDER BY 1")
        .forEach(r -> areas.put((String) r.get("area"), ((Number) r.get("bytes")).longValue()));
    return areas;
  }

  private Map<String, Long> bytesByTable() {
    Map<String, Long> tables = new LinkedHashMap<>();
    jdbc.queryForList("SELECT c.relname AS name, pg_total_relation_size(c.oid) AS bytes FROM pg_class c"
        + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = current_schema()")
        .forEach(r -> tables.put((String) r.get("name"), ((Number) r.get("bytes")).longValue()));
    return tables;
  }

  private Map<String, Long> rowsByTable(java.util.Collection<String> tables) {
    Map<String, Long> rows = new LinkedHashMap<>();
    tables.forEach(t -> rows.put(t, jdbc.queryForObject("SELECT count(*) FROM \"" + t + "\"", Long.class)));
    return rows;
  }

  private TransactionTemplate transaction() {
    return new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
  }

  /** The run writes many thousands of INFO lines otherwise (each deadline, each case step). */
  private void quiet() {
    LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
    for (String logger : List.of("org.creditcommitment", "org.camunda", "org.quartz", "org.springframework")) {
      logging.setLogLevel(logger, LogLevel.WARN);
    }
    // no SMTP server in the benchmark: the outbox's failed sends are expected
    logging.setLogLevel("org.creditcommitment.notification", LogLevel.ERROR);
  }

  private static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }
}
