package org.creditcommitment.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark 3: the auditor's view of history with many ended cases. The cases are made by cloning the
 * history and application rows of real FULFILLED cases (from benchmark 1) in SQL, with every instance id,
 * business key and case number suffixed, so the tables grow as 100,000 real cases would make them grow
 * without running 100,000 cases. The hash-chained audit_event table is not cloned (it cannot be, keeping
 * its chain), nor are credit registry rows of the subjects, nor the issued documents (numbers and verification codes
 * are unique, and 100,000 cases of PDFs would be some 20 GB).
 */
public final class HistoryBench {

  private static final Set<String> KEEP = Set.of("proc_def_id_", "dec_def_id_", "dec_req_id_", "case_def_id_",
      "deployment_id_", "job_def_id_", "tenant_id_", "user_id_", "start_user_id_", "act_id_", "start_act_id_",
      "end_act_id_", "clause_id_", "rule_id_", "group_id_", "failed_act_id_", "org_id_", "root_cause_incident_id_",
      "cause_incident_id_");
  private static final Set<String> SUFFIXED = Set.of("id_", "business_key_", "case_no", "process_instance_id", "id",
      "business_key", "dedup_key", "idempotency_key", "licence_no");
  // a document's service row is keyed by the document, and documents are not cloned
  private static final Set<String> SKIPPED = Set.of("audit_event", "audit_chain_head", "flyway_schema_history",
      "bench_fired", "bench_template", "issued_document", "document_number", "case_document_service");

  private final JdbcTemplate jdbc;
  private final Report report;

  public HistoryBench(JdbcTemplate jdbc, Report report) {
    this.jdbc = jdbc;
    this.report = report;
  }

  /** Grows the database to {@code target} ended lifecycle cases by cloning the template instances. */
  public int generate(List<String> templatePids, int target) {
    jdbc.execute("DROP TABLE IF EXISTS bench_template");
    jdbc.execute("CREATE TABLE bench_template (pid VARCHAR(64) PRIMARY KEY, case_no VARCHAR(40))");
    jdbc.batchUpdate("INSERT INTO bench_template (pid, case_no) SELECT ?, case_no FROM commitment_case"
        + " WHERE process_instance_id = ?", templatePids.stream().map(p -> new Object[] {p, p}).toList());
    int existing = jdbc.queryForObject("SELECT count(*) FROM commitment_case WHERE end_state IS NOT NULL",
        Integer.class);
    int copies = (int) Math.ceil(Math.max(0, target - existing) / (double) templatePids.size());
    List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables"
        + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'", String.class).stream()
        .map(String::toLowerCase).filter(t -> !t.startsWith("act_ru_") && !t.startsWith("qrtz_")
            && !t.startsWith("act_re_") && !t.startsWith("act_id_") && !SKIPPED.contains(t)).toList();
    Map<String, String> statements = new LinkedHashMap<>();
    for (String table : tables) {
      String sql = cloneStatement(table);
      if (sql != null) {
        statements.put(table, sql);
      }
    }
    report.note("history queries", "cloned per case: " + String.join(", ", statements.keySet()));
    int chunk = Math.max(1, 10_000 / templatePids.size());
    for (int from = 1; from <= copies; from += chunk) {
      int to = Math.min(copies, from + chunk - 1);
      for (Map.Entry<String, String> s : new ArrayList<>(statements.entrySet())) {
        try {
          jdbc.update(s.getValue(), from, to);
        } catch (RuntimeException e) {
          report.note("history queries", "table " + s.getKey() + " not cloned: " + e.getMessage());
          statements.remove(s.getKey());
        }
      }
      report.progress("  history: %d of %d copies of %d cases", to, copies, templatePids.size());
    }
    jdbc.execute("ANALYZE");
    return jdbc.queryForObject("SELECT count(*) FROM commitment_case WHERE end_state IS NOT NULL", Integer.class);
  }

  /** INSERT ... SELECT of the template rows of a table with suffixed ids, or null when it has no case link. */
  private String cloneStatement(String table) {
    List<Map<String, Object>> columns = jdbc.queryForList("SELECT lower(column_name) AS name, data_type,"
        + " is_identity, column_default FROM information_schema.columns WHERE table_schema = current_schema()"
        + " AND lower(table_name) = ? ORDER BY ordinal_position", table);
    List<String> names = columns.stream().map(c -> (String) c.get("name")).toList();
    String filter;
    if (names.contains("root_proc_inst_id_")) {
      filter = "root_proc_inst_id_ IN (SELECT pid FROM bench_template)";
    } else if (names.contains("proc_inst_id_")) {
      filter = "proc_inst_id_ IN (SELECT pid FROM bench_template)";
    } else if (names.contains("process_instance_id")) {
      filter = "process_instance_id IN (SELECT pid FROM bench_template)";
    } else if (names.contains("case_no")) {
      filter = "case_no IN (SELECT case_no FROM bench_template)";
    } else {
      return null;
    }
    List<String> insert = new ArrayList<>();
    List<String> select = new ArrayList<>();
    for (Map<String, Object> c : columns) {
      String name = (String) c.get("name");
      Object def = c.get("column_default");
      if ("YES".equals(c.get("is_identity")) || (def != null && def.toString().startsWith("nextval"))) {
        continue;
      }
      insert.add(name);
      boolean text = String.valueOf(c.get("data_type")).contains("char") || "text".equals(c.get("data_type"));
      boolean suffixed = text && !KEEP.contains(name) && (SUFFIXED.contains(name) || name.endsWith("_id_"));
      // the same id always maps to the same clone id; long ids (Task_X:uuid) are hashed to stay within 64 chars; the
      // separator is one a case number may hold, so the API takes the clones' numbers as it takes real ones
      select.add(suffixed ? "CASE WHEN length(" + name + ") > 54 THEN md5(" + name + ") ELSE " + name + " END || '-' || g"
          : name);
    }
    return "INSERT INTO " + table + " (" + String.join(", ", insert) + ") SELECT " + String.join(", ", select)
        + " FROM " + table + " CROSS JOIN generate_series(?::int, ?::int) g WHERE " + filter;
  }

  /** Runs a query {@code runs} times over the sample (after a warm-up of a tenth) and returns its times. */
  public static <T> Stats measure(List<T> sample, int runs, Consumer<T> query) {
    for (int i = 0; i < Math.max(5, runs / 10); i++) {
      query.accept(sample.get(i % sample.size()));
    }
    List<Long> nanos = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      T item = sample.get(i % sample.size());
      long start = System.nanoTime();
      query.accept(item);
      nanos.add(System.nanoTime() - start);
    }
    return Stats.ofNanos(nanos);
  }
}
