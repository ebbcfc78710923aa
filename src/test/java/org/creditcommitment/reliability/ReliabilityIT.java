package org.creditcommitment.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.creditcommitment.reliability.CaseDriver.DrivenCase;
import org.creditcommitment.reliability.CaseDriver.Plan;
import org.creditcommitment.subject.TestCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Process-level faults against the packaged jar on one PostgreSQL, with the http credit
 * adapter talking to {@link CreditPlatformStub}: kill -9 mid-run, a two-node cluster losing a node, a
 * credit platform outage (applications still taken, their names verified afterwards), a database restart under
 * load. Every scenario ends with
 * {@link #assertNothingLostNothingTwice}. Cases per scenario: {@code -Dcc.reliability.cases} (CI 40,
 * full mode 200); figures are printed and written to target/reliability-figures.txt.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReliabilityIT {

  private static final int CASES = Integer.getInteger("cc.reliability.cases", 40);
  private static final Duration LIMIT = Duration.ofMinutes(Math.max(4, CASES / 20));

  private static Path work;
  private static EmbeddedPostgres postgres;
  private static int pgPort;
  private static String jdbcUrl;
  private static JdbcTemplate db;
  private static CreditPlatformStub platform;
  private static CaseDriver driver;
  private static OutageCalls outageCalls;
  private static ExecutorService pool;
  private static AppProcess nodeA;
  private static final List<AppProcess> processes = new ArrayList<>();
  private static final Map<String, Object> figures = new TreeMap<>();
  private static final List<DrivenCase> allCases = new ArrayList<>();

  @BeforeAll
  static void startDatabasePlatformAndNode() throws IOException {
    work = Path.of("target", "reliability").toAbsolutePath();
    org.springframework.util.FileSystemUtils.deleteRecursively(work);
    Files.createDirectories(work);
    pgPort = AppProcess.freePort();
    startPostgres();
    jdbcUrl = "jdbc:postgresql://localhost:" + pgPort + "/postgres";
    db = new JdbcTemplate(new DriverManagerDataSource(jdbcUrl, "postgres", "postgres"));
    platform = new CreditPlatformStub();
    driver = new CaseDriver(code -> db.queryForList("select case_no from commitment_case where applicant_code = ?",
        String.class, code).stream().findFirst());
    outageCalls = new OutageCalls(CaseDriver.CallObserver.NONE);
    driver.observer = outageCalls;
    pool = CaseDriver.pool();
    nodeA = node("node-a").start();
    driver.nodes.add(nodeA.base());
  }

  @AfterAll
  static void stopEverything() throws IOException {
    processes.forEach(AppProcess::stop);
    if (pool != null) {
      pool.shutdownNow();
    }
    if (platform != null) {
      platform.close();
    }
    if (postgres != null) {
      postgres.close();
    }
    StringBuilder text = new StringBuilder();
    figures.forEach((k, v) -> text.append(k).append(": ").append(v).append('\n'));
    System.out.println("Reliability figures (" + CASES + " cases per crash scenario):\n" + text);
    if (work != null) {
      Files.writeString(work.resolve("../reliability-figures.txt").normalize(), text);
    }
  }

  @Test
  @Order(1)
  void killNineMidRunLosesNothingAndFiresDueDeadlinesOnce() throws Exception {
    List<DrivenCase> cases = newCases(CASES);
    List<Future<?>> running = driver.start(cases, pool, LIMIT, null);
    // kill when several signing deadlines are about to fall due, so they fall due while the node is down
    awaitUntil(Duration.ofMinutes(3), () -> ended(cases) >= CASES / 5 && dueSoon(cases, 10) >= Math.max(2, CASES / 20));
    Instant killed = Instant.now();
    nodeA.kill();
    long inFlight = cases.stream().filter(c -> c.endState == null).count();
    AppProcess.pause(5000);
    nodeA = node("node-a").start();
    Instant up = Instant.now();
    driver.nodes.set(0, nodeA.base());
    awaitAll(running);
    figures.put("crash.cases", CASES);
    figures.put("crash.casesInFlightAtKill", inFlight);
    figures.put("crash.deadlinesDueWhileDown", db.queryForObject("select count(*) from deadline where due_at between ? and ?"
        + " and business_key in (" + caseNos(cases) + ")", Long.class, java.sql.Timestamp.from(killed),
        java.sql.Timestamp.from(up)));
    figures.put("crash.downtimeSeconds", Duration.between(killed, up).toSeconds());
    assertThat((Long) figures.get("crash.deadlinesDueWhileDown")).isPositive();
    assertNothingLostNothingTwice(cases);
  }

  @Test
  @Order(2)
  void twoNodesShareTheWorkAndOneSurvivesTheOthersKillNine() throws Exception {
    AppProcess nodeB = node("node-b").start();
    driver.nodes.add(nodeB.base());
    List<DrivenCase> cases = newCases(Math.max(20, CASES / 2));
    int before = driver.requests.get();
    List<Future<?>> running = driver.start(cases, pool, LIMIT, null);
    awaitUntil(Duration.ofMinutes(3), () -> ended(cases) >= cases.size() / 3);
    driver.nodes.remove(nodeB.base());
    nodeB.kill();
    awaitAll(running);
    figures.put("cluster.cases", cases.size());
    figures.put("cluster.requests", driver.requests.get() - before);
    assertNothingLostNothingTwice(cases);
    assertThat(Files.readString(nodeB.log())).as("node B worked on the cases").contains("Deadline signing of process");
  }

  @Test
  @Order(3)
  void creditPlatformOutageEndsInIncidentsAndRetriedIncidentsContinueWithoutDuplicatePushes() throws Exception {
    int n = Math.max(8, CASES / 4);
    List<DrivenCase> atDecision = newCases(n / 2, Plan.FULFILLED);
    awaitAll(driver.start(atDecision, pool, LIMIT, "Task_MakeDecision"));
    platform.down(true);
    outageCalls.platformDown(true);
    List<DrivenCase> fresh = newCases(n - n / 2, Plan.FULFILLED);
    List<DrivenCase> cases = new ArrayList<>(atDecision);
    cases.addAll(fresh);
    // approvals push to the platform: they fail until incidents are raised. New applications are taken all the same
    // (201), with the applicant's name unverified: their credit query, which verifies it, fails the same way and waits
    // as an incident until the operator retries it
    List<Future<?>> approving = driver.start(atDecision, pool, LIMIT, "Task_InspectFulfilment");
    List<Future<?>> applying = driver.start(fresh, pool, LIMIT, "Task_NotifyConditions");
    try {
      awaitUntil(Duration.ofMinutes(2), () -> incidents(atDecision).size() == atDecision.size()
          && incidents(fresh).size() == fresh.size());
      assertThat(db.queryForList("select name_check from commitment_case where applicant_code in ("
          + fresh.stream().map(c -> "'" + c.applicantCode + "'").collect(Collectors.joining(",")) + ")", String.class))
          .as("every application during the outage opened its case, the name unverified").hasSize(fresh.size())
          .containsOnly("UNVERIFIED");
    } catch (AssertionError e) {
      for (DrivenCase c : cases) {
        System.out.println("OUTAGE " + c + " incidents " + incidents(List.of(c)).size() + " acts "
            + db.queryForList("select a.act_id_ || ':' || coalesce(a.end_time_::text, 'open') from act_hi_actinst a join commitment_case k"
            + " on k.process_instance_id = a.proc_inst_id_ where k.applicant_code = ? order by a.start_time_, a.sequence_counter_", String.class, c.applicantCode)
            + " jobs " + db.queryForList("select coalesce(j.retries_, -1) || '/' || coalesce(j.exception_msg_, '-') from act_ru_job j join commitment_case k"
            + " on k.process_instance_id = j.process_instance_id_ where k.applicant_code = ?", String.class, c.applicantCode));
      }
      throw e;
    } finally {
      platform.down(false);
      outageCalls.platformDown(false);
    }
    figures.put("outage.cases", cases.size());
    figures.put("outage.incidents", atDecision.size() + fresh.size());
    figures.put("outage.applicationsAcceptedUnverified", fresh.size());
    figures.put("outage.applyCalls", outageCalls.calls("apply"));
    figures.put("outage.applyErrors", outageCalls.errors("apply"));
    figures.put("outage.callsRefused", platform.refusedDuringOutage());
    assertThat(outageCalls.calls("apply")).as("applications sent during the outage").isPositive();
    assertThat(outageCalls.errors("apply")).as("applications answered 5xx or not at all during the outage").isZero();
    platform.down(false);
    for (JsonNode incident : incidents(cases)) {
      HttpResponse<String> retried = driver.send(nodeA.base(), "PUT", "/engine-rest/job/"
          + incident.path("configuration").asText() + "/retries", "admin", Map.of("retries", 1));
      assertThat(retried.statusCode()).as(retried.body()).isEqualTo(204);
    }
    awaitAll(approving);
    awaitAll(applying);
    awaitAll(driver.start(cases, pool, LIMIT, null));
    long retriedKeys = platform.records().stream().filter(r -> platform.requests(r.key()) > 1).count();
    figures.put("outage.pushesAnsweredAsDuplicate", retriedKeys);
    assertThat(incidents(cases)).isEmpty();
    assertNothingLostNothingTwice(cases);
    assertThat(db.queryForList("select name_check from commitment_case where applicant_code in ("
        + fresh.stream().map(c -> "'" + c.applicantCode + "'").collect(Collectors.joining(",")) + ")", String.class))
        .as("the credit query verified the names taken during the outage").containsOnly("VERIFIED");
  }

  @Test
  @Order(4)
  void databaseRestartUnderLoadNeedsNoApplicationRestartAndLosesNothingCommitted() throws Exception {
    List<DrivenCase> cases = newCases(Math.max(8, CASES / 4));
    List<Future<?>> running = driver.start(cases, pool, LIMIT, null);
    awaitUntil(Duration.ofMinutes(2), () -> ended(cases) >= 1);
    long committedBefore = db.queryForObject("select count(*) from commitment_case", Long.class);
    postgres.close();
    AppProcess.pause(5000);
    startPostgres();
    awaitAll(running);
    figures.put("dbRestart.cases", cases.size());
    figures.put("dbRestart.casesCommittedBeforeRestart", committedBefore);
    assertThat(db.queryForObject("select count(*) from commitment_case", Long.class)).isGreaterThanOrEqualTo(committedBefore);
    assertNothingLostNothingTwice(cases);
    assertThat(nodeA.isAlive()).as("node A survived the database restart without a restart of its own").isTrue();
  }

  @Test
  @Order(5)
  void secretsNeverAppearInTheLogs() throws IOException {
    assertThat(platform.badToken()).as("every call carried the configured token").isZero();
    List<String> secrets = List.of(AppProcess.DB_PASSWORD, AppProcess.CREDIT_TOKEN,
        Base64.getEncoder().encodeToString("portal:demo".getBytes(StandardCharsets.UTF_8)),
        Base64.getEncoder().encodeToString("clerk:demo".getBytes(StandardCharsets.UTF_8)),
        Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)));
    long lines = 0;
    for (AppProcess p : processes) {
      String log = Files.readString(p.log());
      lines += log.lines().count();
      for (String secret : secrets) {
        assertThat(log).as(p.log() + " must not contain a secret").doesNotContain(secret);
      }
    }
    figures.put("logs.linesChecked", lines);
    figures.put("total.cases", allCases.size());
    figures.put("total.requests", driver.requests.get());
    figures.put("total.requestsFailedOrRefusedDuringFaults", driver.failedRequests.get());
    figures.put("total.faultsInjected", "2 kill -9, 1 credit platform outage, 1 PostgreSQL restart");
  }

  // ---- the common end check ----

  /** Every case reached its planned end once; no step, push, notification or deadline happened twice or not at all. */
  private static void assertNothingLostNothingTwice(List<DrivenCase> cases) {
    Lifecycles.assertNothingLostNothingTwice(db, platform, cases, figures);
  }

  // ---- helpers ----

  private static List<DrivenCase> newCases(int n) {
    List<DrivenCase> cases = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      cases.add(new DrivenCase(TestCodes.uscc(), Plan.of(i)));
    }
    allCases.addAll(cases);
    return cases;
  }

  private static List<DrivenCase> newCases(int n, Plan plan) {
    List<DrivenCase> cases = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      cases.add(new DrivenCase(TestCodes.uscc(), plan));
    }
    allCases.addAll(cases);
    return cases;
  }

  private static AppProcess node(String name) throws IOException {
    AppProcess p = new AppProcess(name, jdbcUrl(), work,
        Lifecycles.nodeArguments(Lifecycles.testCatalogue(work), platform));
    processes.add(p);
    return p;
  }

  private static String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + pgPort + "/postgres";
  }

  private static void startPostgres() throws IOException {
    postgres = EmbeddedPostgres.builder().setPort(pgPort).setDataDirectory(work.resolve("pgdata"))
        .setCleanDataDirectory(false).setServerConfig("max_connections", "200").start();
  }

  private static long ended(List<DrivenCase> cases) {
    return cases.stream().filter(c -> c.endState != null).count();
  }

  private static long dueSoon(List<DrivenCase> cases, int seconds) {
    String nos = caseNos(cases.stream().filter(c -> c.caseNo != null).toList());
    if (nos.isEmpty()) {
      return 0;
    }
    // still ahead, and within the downtime to come (the node restarts in about 10 s): a deadline already overdue
    // when the node dies does not fall due "while down"
    Instant now = Instant.now();
    return db.queryForObject("select count(*) from deadline where status in ('SCHEDULED', 'REMINDED') and due_at > ?"
        + " and due_at < ? and business_key in (" + nos + ")", Long.class,
        now.plusSeconds(1).atOffset(java.time.ZoneOffset.UTC), now.plusSeconds(seconds).atOffset(java.time.ZoneOffset.UTC));
  }

  private static List<JsonNode> incidents(List<DrivenCase> cases) {
    List<JsonNode> found = new ArrayList<>();
    for (DrivenCase c : cases) {
      Optional<String> pid = db.queryForList("select process_instance_id from commitment_case where applicant_code = ?",
          String.class, c.applicantCode).stream().findFirst();
      if (pid.isEmpty()) {
        continue;
      }
      try {
        HttpResponse<String> answer = driver.send(nodeA.base(), "GET", "/engine-rest/incident?processInstanceId="
            + pid.get(), "admin", null);
        CaseDriver.json(answer.body()).forEach(found::add);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return found;
  }

  private static String caseNos(List<DrivenCase> cases) {
    return Lifecycles.caseNos(cases);
  }

  private static void awaitAll(List<Future<?>> futures) throws InterruptedException {
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (ExecutionException e) {
        throw new AssertionError(e.getCause().getMessage(), e.getCause());
      }
    }
  }

  private static void awaitUntil(Duration limit, java.util.function.BooleanSupplier condition) {
    Instant until = Instant.now().plus(limit);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("condition not reached within " + limit);
      }
      AppProcess.pause(250);
    }
  }
}
