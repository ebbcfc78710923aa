package org.creditcommitment.reliability;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.creditcommitment.reliability.CaseDriver.DrivenCase;
import org.creditcommitment.reliability.CaseDriver.Plan;
import org.creditcommitment.reliability.FilingDriver.Filing;
import org.creditcommitment.reliability.FilingDriver.Kind;
import org.creditcommitment.reliability.SoakFigures.Lag;
import org.creditcommitment.reliability.SoakFigures.NodeSample;
import org.creditcommitment.subject.TestCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.FileSystemUtils;

/**
 * A soak: two nodes of the packaged jar on one embedded PostgreSQL, with the http credit adapter on
 * {@link CreditPlatformStub}, under a steady stream of new work for {@code -Dcc.reliability.soak} (ISO-8601, default
 * PT30M; e.g. PT6M for a trial) while faults come on a schedule: kill -9 of one node every 5 minutes (A and B in turn,
 * restarted after 20 s), one PostgreSQL restart (5 s down, same data) at 40 % of the run, one credit platform outage
 * of 2 minutes at 65 % (incidents retried afterwards, as an operator would; applications and voluntary filings are
 * still taken during it, their names verified afterwards, and the filings' errors during it are counted in the report).
 * Then no new work starts, everything started
 * is let finish (bounded), and the same end check as {@link ReliabilityIT} runs over every lifecycle case, plus
 * {@link FilingChecks} over every objection, repair and voluntary commitment. Latencies per kind of call, the nodes'
 * heap, connection pool and threads, and the deadline sweep's lag, per 5-minute window, are printed and written to
 * target/soak/figures.md; growth is reported, not asserted.
 *
 * <p>Not part of {@code ./mvnw verify}: {@code ./mvnw -B verify -Psoak -Dcc.reliability.soak=PT30M}
 * (docs/reliability.md, "Soak").
 */
class SoakIT {

  private static final Duration DURATION = Duration.parse(System.getProperty("cc.reliability.soak", "PT30M"));

  // new work: each kind at its own fixed rate; lifecycle cases go through the four plans in turn
  private static final Duration CASE_EVERY = Duration.ofSeconds(2);
  private static final Duration OBJECTION_EVERY = Duration.ofSeconds(20);
  private static final Duration REPAIR_EVERY = Duration.ofSeconds(20);
  private static final Duration VOLUNTARY_EVERY = Duration.ofSeconds(15);

  // the faults
  private static final Duration KILL_EVERY = Duration.ofMinutes(5);
  private static final Duration NODE_DOWNTIME = Duration.ofSeconds(20);
  private static final double DATABASE_RESTART_AT = 0.40;
  private static final Duration DATABASE_DOWNTIME = Duration.ofSeconds(5);
  private static final double OUTAGE_AT = 0.65;
  private static final Duration OUTAGE = Duration.ofMinutes(2);
  /** After the outage, before the incidents are retried: a job whose last attempt failed as it ended has its incident. */
  private static final Duration INCIDENTS_SETTLE = Duration.ofSeconds(10);

  private static final Duration SAMPLE_EVERY = Duration.ofSeconds(15);
  /** How long the work started may take to end once no new work starts. */
  private static final Duration DRAIN = Duration.ofMinutes(10);
  /** How often the operator retries incidents during the drain (faults near the end leave some). */
  private static final Duration DRAIN_INCIDENT_PASS = Duration.ofMinutes(1);
  /** A fault still under way at the end of the run (a node restarting, the outage) must be over by then. */
  private static final Duration FAULTS_LIMIT = Duration.ofMinutes(5);

  private static Path work;
  private static volatile EmbeddedPostgres postgres;
  private static int pgPort;
  private static String jdbcUrl;
  private static Path catalogue;
  private static JdbcTemplate db;
  private static CreditPlatformStub platform;
  private static CaseDriver driver;
  private static FilingDriver filingDriver;
  private static ExecutorService clients;
  /** The current process of node "A" and of node "B". */
  private static final Map<String, AppProcess> nodes = new ConcurrentHashMap<>();
  private static final List<AppProcess> processes = new CopyOnWriteArrayList<>();
  private static final HttpClient metricsClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  /** actuator under the prod profile is for administrators (docs/security.md); demo mode leaves it open. */
  private static final String ADMIN_LOGIN =
      Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));

  private static final List<DrivenCase> cases = new CopyOnWriteArrayList<>();
  private static final List<Filing> filings = new CopyOnWriteArrayList<>();
  /** Every client's future, with what it drives (for the report of what did not end). */
  private static final Map<Future<?>, Object> running = new ConcurrentHashMap<>();
  private static final Map<String, Object> totals = new ConcurrentHashMap<>();
  private static final List<String> verdict = new CopyOnWriteArrayList<>();
  private static SoakFigures figures;
  private static OutageCalls outageCalls;

  @BeforeAll
  static void startDatabasePlatformAndTwoNodes() throws IOException {
    work = Path.of("target", "soak").toAbsolutePath();
    FileSystemUtils.deleteRecursively(work);
    Files.createDirectories(work);
    pgPort = AppProcess.freePort();
    startPostgres();
    jdbcUrl = "jdbc:postgresql://localhost:" + pgPort + "/postgres";
    db = new JdbcTemplate(new DriverManagerDataSource(jdbcUrl, "postgres", "postgres"));
    platform = new CreditPlatformStub();
    catalogue = Lifecycles.testCatalogue(work);
    driver = new CaseDriver(code -> db.queryForList("select case_no from commitment_case where applicant_code = ?",
        String.class, code).stream().findFirst());
    filingDriver = new FilingDriver(driver, db, platform);
    clients = CaseDriver.pool();
    // one after the other: the first creates the schema
    for (String name : List.of("A", "B")) {
      AppProcess p = node(name).start();
      nodes.put(name, p);
      driver.nodes.add(p.base());
    }
  }

  @AfterAll
  static void stopEverything() {
    processes.forEach(AppProcess::stop);
    if (clients != null) {
      clients.shutdownNow();
    }
    if (platform != null) {
      platform.close();
    }
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        System.out.println("SOAK PostgreSQL did not stop cleanly: " + e);
      }
    }
  }

  @Test
  void twoNodesUnderSteadyWorkAndScheduledFaultsLoseNothingAndDoNothingTwice() throws Exception {
    Instant start = Instant.now();
    figures = new SoakFigures(start, DURATION);
    outageCalls = new OutageCalls(figures);
    driver.observer = outageCalls;
    ScheduledExecutorService schedule = Executors.newScheduledThreadPool(6);
    try {
      Instant clientsGiveUp = start.plus(DURATION).plus(FAULTS_LIMIT).plus(DRAIN);
      List<ScheduledFuture<?>> newWork = startWork(schedule, clientsGiveUp);
      List<ScheduledFuture<?>> faults = scheduleFaults(schedule);
      schedule.scheduleAtFixedRate(guarded("sampling", SoakIT::sampleNodes), 0, SAMPLE_EVERY.toMillis(), MILLISECONDS);

      AppProcess.pause(Math.max(0, Duration.between(Instant.now(), start.plus(DURATION)).toMillis())); // the run itself
      newWork.forEach(w -> w.cancel(false));
      figures.event("no new work from now on: " + cases.size() + " lifecycle cases, " + filings.size() + " filings");

      awaitFaults(faults);
      drain(Instant.now().plus(DRAIN));
      checkEverything(start);
    } finally {
      schedule.shutdownNow();
      writeReport(start);
    }
    assertThat(verdict).as("soak end checks (target/soak/figures.md)").isEmpty();
  }

  // ---- new work at fixed rates ----

  private static List<ScheduledFuture<?>> startWork(ScheduledExecutorService schedule, Instant giveUp) {
    // each kind with its own small offset, so the kinds do not all start in the same second
    return List.of(
        everyFixed(schedule, "lifecycle case", Duration.ZERO, CASE_EVERY, () -> startCase(giveUp)),
        everyFixed(schedule, "objection", Duration.ofSeconds(5), OBJECTION_EVERY,
            () -> startFiling(Kind.OBJECTION, giveUp)),
        everyFixed(schedule, "repair", Duration.ofSeconds(12), REPAIR_EVERY, () -> startFiling(Kind.REPAIR, giveUp)),
        everyFixed(schedule, "voluntary commitment", Duration.ofSeconds(8), VOLUNTARY_EVERY,
            () -> startFiling(Kind.VOLUNTARY, giveUp)));
  }

  private static void startCase(Instant giveUp) {
    DrivenCase c = new DrivenCase(TestCodes.uscc(), Plan.of(cases.size()));
    cases.add(c);
    running.put(clients.submit(() -> driver.drive(c, giveUp, null)), c);
  }

  private static void startFiling(Kind kind, Instant giveUp) {
    long ofKind = filings.stream().filter(f -> f.plan.kind == kind).count();
    Filing f = new Filing(FilingDriver.Plan.of(kind, (int) ofKind), TestCodes.uscc());
    filings.add(f);
    running.put(clients.submit(() -> filingDriver.drive(f, giveUp)), f);
  }

  private static ScheduledFuture<?> everyFixed(ScheduledExecutorService schedule, String what, Duration offset,
      Duration every, Runnable start) {
    return schedule.scheduleAtFixedRate(guarded("starting a " + what, start), offset.toMillis(), every.toMillis(),
        MILLISECONDS);
  }

  /** A fixed-rate task that throws is never run again: report the problem and go on. */
  private static Runnable guarded(String what, Runnable task) {
    return () -> {
      try {
        task.run();
      } catch (RuntimeException e) {
        figures.event(what + " failed: " + e);
      }
    };
  }

  // ---- faults on a schedule ----

  private static List<ScheduledFuture<?>> scheduleFaults(ScheduledExecutorService schedule) {
    List<ScheduledFuture<?>> faults = new ArrayList<>();
    int kill = 0;
    for (Duration at = KILL_EVERY; at.compareTo(DURATION) < 0; at = at.plus(KILL_EVERY), kill++) {
      String victim = kill % 2 == 0 ? "A" : "B";
      faults.add(schedule.schedule(() -> killAndRestart(victim), at.toMillis(), MILLISECONDS));
    }
    faults.add(schedule.schedule(SoakIT::restartDatabase, share(DATABASE_RESTART_AT).toMillis(), MILLISECONDS));
    faults.add(schedule.schedule(SoakIT::creditPlatformOutage, share(OUTAGE_AT).toMillis(), MILLISECONDS));
    return faults;
  }

  /** kill -9 of one node; the load balancer (the clients' node list) drops it; restarted on the same database. */
  private static Void killAndRestart(String name) {
    String other = name.equals("A") ? "B" : "A";
    if (!nodes.get(other).isAlive()) {
      figures.event("kill -9 of node " + name + " skipped: node " + other + " is not up");
      return null;
    }
    AppProcess victim = nodes.get(name);
    Instant killed = Instant.now();
    victim.kill();
    driver.nodes.remove(victim.base());
    figures.event("kill -9 node " + name);
    AppProcess.pause(NODE_DOWNTIME.toMillis());
    AppProcess restarted = node(name).start();
    nodes.put(name, restarted);
    driver.nodes.add(restarted.base());
    figures.event("node " + name + " up again, " + Duration.between(killed, Instant.now()).toSeconds()
        + " s after the kill");
    totals.merge("faults.kill9", 1, (a, b) -> (Integer) a + (Integer) b);
    return null;
  }

  /** PostgreSQL stopped and started on the same data; the nodes are not restarted. */
  private static Void restartDatabase() throws IOException {
    figures.event("PostgreSQL stopped");
    postgres.close();
    AppProcess.pause(DATABASE_DOWNTIME.toMillis());
    startPostgres();
    figures.event("PostgreSQL started again on the same data");
    totals.put("faults.databaseRestarts", 1);
    return null;
  }

  /** The credit platform refuses everything for a while; afterwards the operator retries the incidents it left. */
  private static Void creditPlatformOutage() {
    int refusedBefore = platform.refusedDuringOutage();
    platform.down(true);
    outageCalls.platformDown(true);
    figures.event("credit platform down");
    try {
      AppProcess.pause(OUTAGE.toMillis());
    } finally {
      platform.down(false);
      outageCalls.platformDown(false);
    }
    figures.event("credit platform up again (" + (platform.refusedDuringOutage() - refusedBefore) + " calls refused;"
        + " filings answered 5xx or not at all during the outage: " + outageCalls.summary() + ")");
    totals.put("faults.creditPlatformOutages", 1);
    totals.put("faults.creditPlatformCallsRefused", platform.refusedDuringOutage() - refusedBefore);
    // 0 expected: filings are taken with the name unverified; a node killed during the outage would add its own
    totals.put("outage.applyErrors (of apply calls during the outage)",
        outageCalls.errors("apply") + " of " + outageCalls.calls("apply"));
    totals.put("outage.voluntaryErrors (text and filing calls during the outage)",
        (outageCalls.errors("voluntary text to sign") + outageCalls.errors("file voluntary commitment")) + " of "
            + (outageCalls.calls("voluntary text to sign") + outageCalls.calls("file voluntary commitment")));
    AppProcess.pause(INCIDENTS_SETTLE.toMillis());
    retryIncidents("after the credit platform outage");
    return null;
  }

  /**
   * As an operator does in Cockpit: every failed job's retries set again (ReliabilityIT's outage scenario). A pass
   * that cannot reach a node is reported; the next pass tries again.
   */
  private static void retryIncidents(String when) {
    try {
      HttpResponse<String> answer = driver.send("GET", "/engine-rest/incident?incidentType=failedJob", "admin", null);
      if (answer.statusCode() != 200) {
        figures.event("incidents could not be listed " + when + ": " + answer.statusCode());
        return;
      }
      int found = 0;
      int retried = 0;
      for (JsonNode incident : CaseDriver.json(answer.body())) {
        found++;
        HttpResponse<String> retry = driver.send("PUT", "/engine-rest/job/" + incident.path("configuration").asText()
            + "/retries", "admin", Map.of("retries", 1));
        retried += retry.statusCode() == 204 ? 1 : 0;
      }
      if (found > 0) {
        figures.event(retried + " of " + found + " incidents retried " + when);
      }
      totals.merge("operator.incidentsRetried", retried, (a, b) -> (Integer) a + (Integer) b);
    } catch (IOException | RuntimeException e) {
      figures.event("incidents could not be retried " + when + ": " + e);
    }
  }

  /** Each fault has run to its end (a restart under way at the end of the run included), or is reported. */
  private static void awaitFaults(List<ScheduledFuture<?>> faults) throws InterruptedException {
    Instant until = Instant.now().plus(FAULTS_LIMIT);
    for (ScheduledFuture<?> fault : faults) {
      try {
        fault.get(Math.max(1, Duration.between(Instant.now(), until).toMillis()), MILLISECONDS);
      } catch (ExecutionException e) {
        verdict.add("a fault did not run as scheduled: " + e.getCause());
      } catch (TimeoutException e) {
        fault.cancel(true);
        verdict.add("a fault was still under way " + FAULTS_LIMIT + " after the run");
      }
    }
  }

  // ---- the end ----

  /** Until every client has ended and every filing's process too, retrying incidents now and then; bounded. */
  private static void drain(Instant until) {
    Instant nextPass = Instant.now();
    while (Instant.now().isBefore(until) && !(allClientsDone() && filingProcessesRunning() == 0)) {
      if (!Instant.now().isBefore(nextPass)) {
        retryIncidents("during the drain");
        nextPass = Instant.now().plus(DRAIN_INCIDENT_PASS);
      }
      AppProcess.pause(1000);
    }
    List<String> unfinished = new ArrayList<>();
    running.forEach((future, what) -> {
      if (!future.isDone()) {
        future.cancel(true);
        unfinished.add(what.toString());
      } else {
        try {
          future.get();
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
          unfinished.add(what + ": " + (e.getCause() == null ? e : e.getCause().getMessage()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    });
    figures.event(unfinished.isEmpty() ? "all work ended" : unfinished.size() + " clients did not end within the drain");
    if (!unfinished.isEmpty()) {
      verdict.add("did not end within " + DRAIN + " after the run (" + unfinished.size() + "): "
          + unfinished.stream().limit(20).collect(Collectors.joining("; ")));
    }
  }

  private static boolean allClientsDone() {
    return running.keySet().stream().allMatch(Future::isDone);
  }

  /**
   * The filings whose process still runs: a withdrawal's or revocation's push follows the status change the client
   * sees. Unknown (-1) when the database cannot be read.
   */
  private static long filingProcessesRunning() {
    List<String> pids = filings.stream().map(f -> f.processInstanceId).filter(p -> p != null).toList();
    if (pids.isEmpty()) {
      return 0;
    }
    try {
      return db.queryForObject("select count(*) from act_hi_procinst where end_time_ is null and id_ in ("
          + pids.stream().map(p -> "'" + p + "'").collect(Collectors.joining(",")) + ")", Long.class);
    } catch (RuntimeException e) {
      return -1;
    }
  }

  /** The end checks, each reported on its own (the report is written before the test fails). */
  private static void checkEverything(Instant start) {
    check("lifecycle cases: nothing lost, nothing twice",
        () -> Lifecycles.assertNothingLostNothingTwice(db, platform, cases, totals));
    check("objections, repairs, voluntary commitments: each ended once with one outcome",
        () -> FilingChecks.assertEachEndedOnceWithOneOutcome(db, platform, filings, totals));
    totals.put("work.lifecycleCases", countBy(cases.stream().map(c -> c.plan.name()).toList()));
    totals.put("work.filings", countBy(filings.stream().map(f -> f.plan.name()).toList()));
    totals.put("calls.total", figures.calls());
    totals.put("calls.errors (5xx or no answer, retried by the clients)", figures.errors());
    totals.put("run.duration", DURATION);
    totals.put("run.rates", "lifecycle case every " + CASE_EVERY.toSeconds() + " s, objection every "
        + OBJECTION_EVERY.toSeconds() + " s, repair every " + REPAIR_EVERY.toSeconds() + " s, voluntary commitment every "
        + VOLUNTARY_EVERY.toSeconds() + " s");
    totals.put("run.endedAfter", Duration.between(start, Instant.now()).withNanos(0));
  }

  private static void check(String what, Runnable assertion) {
    try {
      assertion.run();
    } catch (AssertionError | RuntimeException e) {
      String message = String.valueOf(e.getMessage());
      verdict.add(what + ": " + (message.length() > 2000 ? message.substring(0, 2000) + "…" : message));
    }
  }

  private static String countBy(List<String> names) {
    return new TreeMap<>(names.stream().collect(Collectors.groupingBy(n -> n, Collectors.counting()))).toString();
  }

  private static void writeReport(Instant start) throws IOException {
    if (figures == null) {
      return;
    }
    List<Lag> lags = Collections.emptyList();
    try {
      lags = db.query("select due_at, fired_at from deadline where status = 'FIRED' and fired_at >= ?",
          (rs, row) -> new Lag(rs.getObject("due_at", OffsetDateTime.class).toInstant(),
              rs.getObject("fired_at", OffsetDateTime.class).toInstant()), start.atOffset(ZoneOffset.UTC));
    } catch (RuntimeException e) {
      verdict.add("deadline lags could not be read: " + e.getMessage());
    }
    String report = figures.markdown(totals, lags, verdict);
    Files.writeString(work.resolve("figures.md"), report);
    System.out.println(report);
  }

  // ---- nodes, database, metrics ----

  private static AppProcess node(String name) {
    List<String> arguments = new ArrayList<>(Lifecycles.nodeArguments(catalogue, platform));
    // heap and connection pool are read from /actuator/metrics (demo mode leaves actuator open; the sampler still
    // logs in as the admin, as the prod profile requires)
    arguments.add("--management.endpoints.web.exposure.include=health,info,metrics");
    AppProcess p = new AppProcess("node-" + name.toLowerCase(java.util.Locale.ROOT), jdbcUrl, work, arguments);
    processes.add(p);
    return p;
  }

  private static void startPostgres() throws IOException {
    postgres = EmbeddedPostgres.builder().setPort(pgPort).setDataDirectory(work.resolve("pgdata"))
        .setCleanDataDirectory(false).setServerConfig("max_connections", "200").start();
  }

  private static Duration share(double fraction) {
    return Duration.ofMillis((long) (DURATION.toMillis() * fraction));
  }

  /** One sample per node; a node killed, restarting or not answering is sampled as down. */
  private static void sampleNodes() {
    for (String name : List.of("A", "B")) {
      AppProcess p = nodes.get(name);
      NodeSample sample = null;
      if (p != null && p.isAlive() && driver.nodes.contains(p.base())) {
        try {
          sample = new NodeSample(metric(p, "jvm.memory.used", "area:heap") / (1024 * 1024),
              metric(p, "hikaricp.connections.active", null), metric(p, "hikaricp.connections.idle", null),
              metric(p, "jvm.threads.live", null));
        } catch (IOException | RuntimeException e) {
          sample = null;
        }
      }
      figures.sample(name, sample);
    }
  }

  /** The VALUE of a metric (summed over its tags, e.g. every heap pool); NaN when the node does not have it. */
  private static double metric(AppProcess p, String name, String tag) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(p.base() + "/actuator/metrics/" + name
            + (tag == null ? "" : "?tag=" + tag)))
        .timeout(Duration.ofSeconds(5))
        .header("Authorization", "Basic " + ADMIN_LOGIN)
        .GET().build();
    HttpResponse<String> answer;
    try {
      answer = metricsClient.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    if (answer.statusCode() == 404) {
      return Double.NaN;
    }
    if (answer.statusCode() != 200) {
      throw new IOException(name + " answered " + answer.statusCode());
    }
    for (JsonNode m : CaseDriver.json(answer.body()).path("measurements")) {
      if (m.path("statistic").asText().equals("VALUE")) {
        return m.path("value").asDouble();
      }
    }
    return Double.NaN;
  }
}
