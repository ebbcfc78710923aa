package org.creditcommitment.reliability;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * What {@link SoakIT} measures, kept per 5-minute window from the start of the run, and its Markdown report: every
 * client call (kind, latency, answer), the nodes' heap, connection pool and threads as sampled from
 * /actuator/metrics, the deadline sweep's lag, and the timeline of faults and operator actions. Windows after the
 * run's duration are the drain (no new work).
 */
final class SoakFigures implements CaseDriver.CallObserver {

  static final Duration WINDOW = Duration.ofMinutes(5);

  /** One client call; {@code status} -1: no answer (connection refused, reset or timed out). */
  private record Call(long atMillis, String kind, long micros, int status) {
    boolean error() {
      return status < 0 || status >= 500;
    }
  }

  /** One node's figures at one moment (from /actuator/metrics); NaN for a metric the node does not have. */
  record NodeSample(double heapMb, double hikariActive, double hikariIdle, double threads) {}

  /** A sample; {@code figures} null when the node was down or did not answer. */
  private record Sample(long atMillis, String node, NodeSample figures) {}

  /** A deadline that fired during the run: when it was due and when the sweep fired it. */
  record Lag(Instant due, Instant fired) {
    long millis() {
      return Duration.between(due, fired).toMillis();
    }
  }

  private final Instant start;
  private final Duration duration;
  private final Queue<Call> calls = new ConcurrentLinkedQueue<>();
  private final Queue<Sample> samples = new ConcurrentLinkedQueue<>();
  private final Queue<String> events = new ConcurrentLinkedQueue<>();

  SoakFigures(Instant start, Duration duration) {
    this.start = start;
    this.duration = duration;
  }

  @Override
  public void called(String method, String path, String user, int status, long nanos) {
    calls.add(new Call(sinceStart(Instant.now()), kind(method, path, user), nanos / 1000, status));
  }

  void sample(String node, NodeSample figures) {
    samples.add(new Sample(sinceStart(Instant.now()), node, figures));
  }

  /** A fault or an operator's action, with the time into the run; printed at once too. */
  void event(String what) {
    String line = clock(sinceStart(Instant.now())) + " " + what;
    events.add(line);
    System.out.println("SOAK " + line);
  }

  long errors() {
    return calls.stream().filter(Call::error).count();
  }

  long calls() {
    return calls.size();
  }

  // ---- the report ----

  /**
   * The whole report. {@code totals}: what was started and ended, the end checks' counts; {@code verdict}: the end
   * checks that failed (empty: nothing lost, nothing twice).
   */
  String markdown(Map<String, Object> totals, List<Lag> lags, List<String> verdict) {
    StringBuilder md = new StringBuilder();
    md.append("# Soak figures\n\n");
    md.append("Run of ").append(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(start.atZone(ZoneId.systemDefault())
        .withNano(0))).append(", duration ").append(duration).append(" then the drain (no new work); windows of ")
        .append(WINDOW.toMinutes()).append(" minutes from the start.\n\n");
    md.append("## Verdict\n\n");
    if (verdict.isEmpty()) {
      md.append("Every lifecycle case, objection, repair and voluntary commitment ended once with its planned outcome:"
          + " **0 lost, 0 duplicated**.\n\n");
    } else {
      verdict.forEach(v -> md.append("- **FAILED** ").append(v.replace("\n", " ")).append('\n'));
      md.append('\n');
    }
    md.append("## Totals\n\n| figure | value |\n|---|---|\n");
    new TreeMap<>(totals).forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    md.append("\n## Faults and operator actions\n\n");
    events.forEach(e -> md.append("- ").append(e).append('\n'));
    md.append('\n');
    callTable(md);
    nodeTable(md);
    lagTable(md, lags);
    return md.toString();
  }

  /** Per window and kind of call: count, latency of the answered calls, errors (5xx or no answer), 4xx. */
  private void callTable(StringBuilder md) {
    md.append("## Client calls\n\nLatency percentiles are over the calls that got an answer below 500; errors are 5xx"
        + " answers and calls without an answer (the node killed or the database down); 4xx are refusals the"
        + " clients expect while a step is not yet possible (e.g. 409 until a push is made) and count apart.\n\n");
    md.append("| window | call | count | p50 ms | p99 ms | errors | 4xx |\n|---|---|---:|---:|---:|---:|---:|\n");
    Map<Long, Map<String, List<Call>>> byWindow = calls.stream().collect(Collectors.groupingBy(
        c -> window(c.atMillis()), TreeMap::new, Collectors.groupingBy(Call::kind, TreeMap::new, Collectors.toList())));
    byWindow.forEach((window, kinds) -> kinds.forEach((kind, list) -> {
      List<Double> answered = list.stream().filter(c -> !c.error()).map(c -> c.micros() / 1000.0).sorted().toList();
      md.append("| ").append(label(window)).append(" | ").append(kind).append(" | ").append(list.size())
          .append(" | ").append(ms(percentile(answered, 0.50))).append(" | ").append(ms(percentile(answered, 0.99)))
          .append(" | ").append(list.stream().filter(Call::error).count())
          .append(" | ").append(list.stream().filter(c -> c.status() >= 400 && c.status() < 500).count()).append(" |\n");
    }));
    md.append('\n');
  }

  /** Per window and node: min–max of each figure over the samples; growth shows as rising minima. */
  private void nodeTable(StringBuilder md) {
    md.append("## Nodes\n\nSampled every 15 s from /actuator/metrics (`jvm.memory.used` area heap,"
        + " `hikaricp.connections.active`/`.idle`, `jvm.threads.live`), min–max per window. Heap used includes"
        + " garbage not yet collected: a rising minimum, not the maximum, would show growth. Down: samples when the"
        + " node was killed, restarting or did not answer.\n\n");
    md.append("| window | node | samples | down | heap used MB | Hikari active | Hikari idle | live threads |\n"
        + "|---|---|---:|---:|---|---|---|---|\n");
    Map<Long, Map<String, List<Sample>>> byWindow = samples.stream().collect(Collectors.groupingBy(
        s -> window(s.atMillis()), TreeMap::new, Collectors.groupingBy(Sample::node, TreeMap::new, Collectors.toList())));
    byWindow.forEach((window, nodes) -> nodes.forEach((node, list) -> {
      List<NodeSample> up = list.stream().map(Sample::figures).filter(f -> f != null).toList();
      md.append("| ").append(label(window)).append(" | ").append(node).append(" | ").append(list.size())
          .append(" | ").append(list.size() - up.size())
          .append(" | ").append(range(up, NodeSample::heapMb)).append(" | ").append(range(up, NodeSample::hikariActive))
          .append(" | ").append(range(up, NodeSample::hikariIdle)).append(" | ").append(range(up, NodeSample::threads))
          .append(" |\n");
    }));
    md.append('\n');
  }

  /** Per window of the firing: how late the sweep fired what fell due (fired_at − due_at). */
  private void lagTable(StringBuilder md, List<Lag> lags) {
    md.append("## Deadline sweep lag\n\nDeadlines fired during the run (`deadline.fired_at` − `deadline.due_at`),"
        + " by the window in which they fired; a deadline due while a node was down or the database restarted is"
        + " fired late by design, once.\n\n");
    md.append("| window | fired | p50 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|\n");
    Map<Long, List<Lag>> byWindow = lags.stream().collect(Collectors.groupingBy(
        l -> window(sinceStart(l.fired())), TreeMap::new, Collectors.toList()));
    byWindow.forEach((window, list) -> {
      List<Double> millis = list.stream().map(l -> (double) l.millis()).sorted().toList();
      md.append("| ").append(label(window)).append(" | ").append(list.size()).append(" | ")
          .append(ms(percentile(millis, 0.50))).append(" | ").append(ms(percentile(millis, 0.99))).append(" | ")
          .append(ms(millis.isEmpty() ? Double.NaN : millis.get(millis.size() - 1))).append(" |\n");
    });
    md.append('\n');
  }

  // ---- helpers ----

  /** What the call does, for the portal and the officials: its path with the numbers and ids left out. */
  static String kind(String method, String path, String user) {
    String p = path.replaceFirst("\\?.*$", "");
    if (p.startsWith("platform:")) {
      return "seed dishonesty record (platform)";
    }
    if (p.startsWith("/engine-rest/")) {
      if (p.endsWith("/complete")) {
        return ("complete task (" + user + ")").intern();
      }
      if (p.startsWith("/engine-rest/task")) {
        return "find tasks";
      }
      return p.startsWith("/engine-rest/incident") ? "list incidents" : "retry incident";
    }
    if (p.equals("/api/cases")) {
      return "apply";
    }
    if (p.startsWith("/api/cases/")) {
      return p.endsWith("/signature") ? "sign" : p.endsWith("/withdrawal") ? "withdraw application" : "read case";
    }
    if (p.startsWith("/api/objections")) {
      return method.equals("POST") ? "file objection" : "read objection";
    }
    if (p.startsWith("/api/repairs")) {
      return p.endsWith("/supplement") ? "supplement repair" : method.equals("POST") ? "file repair" : "read repair";
    }
    if (p.startsWith("/api/voluntary-commitments")) {
      if (p.endsWith("/text")) {
        return "voluntary text to sign";
      }
      if (p.endsWith("/withdrawal")) {
        return "withdraw voluntary commitment";
      }
      if (p.endsWith("/revocation")) {
        return "revoke voluntary commitment";
      }
      return method.equals("POST") ? "file voluntary commitment" : "read voluntary commitment";
    }
    return (method + " " + p).intern();
  }

  private long sinceStart(Instant at) {
    return Duration.between(start, at).toMillis();
  }

  private static long window(long millis) {
    return Math.max(0, millis) / WINDOW.toMillis();
  }

  private String label(long window) {
    long from = window * WINDOW.toMillis();
    long to = from + WINDOW.toMillis();
    String label = clock(from) + "–" + clock(to);
    if (from >= duration.toMillis()) {
      return label + " (drain)";
    }
    return to > duration.toMillis() ? label + " (drain from " + clock(duration.toMillis()) + ")" : label;
  }

  private static String clock(long millis) {
    long seconds = Math.max(0, millis) / 1000;
    return String.format(Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60);
  }

  /** Nearest rank; NaN for no values. */
  static double percentile(List<Double> sorted, double q) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(q * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size(), rank) - 1));
  }

  private static String ms(double millis) {
    return Double.isNaN(millis) ? "–" : String.format(Locale.ROOT, "%.0f", millis);
  }

  private static String range(Collection<NodeSample> up, ToDoubleFunction<NodeSample> figure) {
    if (up.isEmpty()) {
      return "–";
    }
    double[] values = up.stream().mapToDouble(figure).filter(v -> !Double.isNaN(v)).toArray();
    if (values.length == 0) {
      return "n/a";
    }
    double min = java.util.Arrays.stream(values).min().orElseThrow();
    double max = java.util.Arrays.stream(values).max().orElseThrow();
    return String.format(Locale.ROOT, "%.0f–%.0f", min, max);
  }
}
