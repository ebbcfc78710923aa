package org.creditcommitment.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every knob of the benchmark, from system properties ({@code -Dbench.cases=2000} on the Maven command
 * line). {@code -Dbench.quick=true} scales everything down to a smoke run of a few minutes.
 */
public final class Settings {

  public final boolean quick = Boolean.getBoolean("bench.quick");
  public final int warmupCases = integer("bench.warmupCases", 30, 10);
  public final int cases = integer("bench.cases", 2000, 100);
  public final List<Integer> threads = Arrays.stream(System.getProperty("bench.threads", "1,4").split(","))
      .map(String::trim).map(Integer::parseInt).toList();
  public final int burstPending = integer("bench.burst.pending", 100_000, 5_000);
  public final int burstDue = integer("bench.burst.due", 10_000, 1_000);
  public final int burstTimeoutSeconds = integer("bench.burst.timeoutSeconds", 900, 300);
  public final int historyCases = integer("bench.history.cases", 100_000, 5_000);
  public final int tasklistTasks = integer("bench.tasklist.tasks", 10_000, 2_000);
  /**
   * open tasks across ten departments for the department official's Tasklist (benchmark 4b); a list such as
   * {@code 20000,100000} measures each size in turn, the same tasks grown by copies
   */
  public final List<Integer> departmentTasks = Arrays.stream(System.getProperty("bench.tasklist.departmentTasks",
      quick ? "20000" : "100000").split(",")).map(String::trim).map(Integer::parseInt).sorted().toList();
  public final int queryRuns = integer("bench.queryRuns", 300, 60);
  /** the Tasklist filter takes seconds per query at 10,000 tasks (docs/benchmarks.md): fewer runs keep the run short */
  public final int tasklistRuns = integer("bench.tasklist.runs", 40, 20);
  public final String dir = System.getProperty("bench.dir", "target/bench");
  /**
   * Which benchmarks run after the lifecycle (which always runs: the others use its cases and its footprint is
   * measured there): {@code tasklist,burst,history} by default, e.g. {@code -Dbench.only=} for the lifecycle alone.
   */
  public final List<String> only = Arrays.stream(System.getProperty("bench.only", "tasklist,burst,history").split(","))
      .map(String::trim).filter(s -> !s.isEmpty()).toList();

  private int integer(String name, int full, int quickDefault) {
    return Integer.getInteger(name, quick ? quickDefault : full);
  }

  public Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("bench.quick", quick);
    map.put("bench.warmupCases", warmupCases);
    map.put("bench.cases", cases);
    map.put("bench.threads", threads);
    map.put("bench.only", only);
    map.put("bench.burst.pending", burstPending);
    map.put("bench.burst.due", burstDue);
    map.put("bench.burst.timeoutSeconds", burstTimeoutSeconds);
    map.put("bench.history.cases", historyCases);
    map.put("bench.tasklist.tasks", tasklistTasks);
    map.put("bench.tasklist.departmentTasks", departmentTasks);
    map.put("bench.queryRuns", queryRuns);
    map.put("bench.tasklist.runs", tasklistRuns);
    return map;
  }
}
