package org.creditcommitment.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Drives cases through the running nodes' HTTP APIs the way the portal and the officials do: apply
 * (portal), notify conditions (clerk), sign online (portal) or withdraw, accept (clerk), decide
 * (approver), inspect (inspector). Resumable: every step re-reads the case first, so a node that dies
 * between a request and its answer only costs a retry. An application whose answer was lost is looked
 * up in the database by its unique applicant before it is sent again.
 */
final class CaseDriver {

  enum Plan {
    FULFILLED, DENIED, WITHDRAWN, ABANDONED;

    static Plan of(int i) {
      return values()[i % values().length];
    }
  }

  static final String ITEM = "SCJG-SP-001";
  /** The test catalogue's copy of {@link #ITEM} whose signing period is {@value #FAST_SIGNING}. */
  static final String FAST_ITEM = "TEST-FAST-001";
  static final String FAST_SIGNING = "PT20S";

  static final class DrivenCase {
    final String applicantCode;
    final Plan plan;
    volatile String caseNo;
    volatile String endState;
    volatile String lastProblem;

    DrivenCase(String applicantCode, Plan plan) {
      this.applicantCode = applicantCode;
      this.plan = plan;
    }

    String item() {
      return plan == Plan.ABANDONED ? FAST_ITEM : ITEM;
    }

    @Override
    public String toString() {
      return plan + " " + applicantCode + " " + caseNo + " end=" + endState + " last=" + lastProblem;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  /** Base URLs of the nodes that should be alive; each request picks one. */
  final List<String> nodes = new CopyOnWriteArrayList<>();
  private final Function<String, Optional<String>> caseOfApplicant;
  final AtomicInteger requests = new AtomicInteger();
  final AtomicInteger failedRequests = new AtomicInteger();
  /** Told of every request and how long it took (the soak's latency figures); nobody by default. */
  volatile CallObserver observer = CallObserver.NONE;

  /** Sees each request once it is answered, or failed without an answer ({@code status} -1). */
  interface CallObserver {
    CallObserver NONE = (method, path, user, status, nanos) -> { };

    void called(String method, String path, String user, int status, long nanos);
  }

  CaseDriver(Function<String, Optional<String>> caseOfApplicant) {
    this.caseOfApplicant = caseOfApplicant;
  }

  /** Drives all cases concurrently; returns at once, the futures end when each case has ended. */
  List<Future<?>> start(List<DrivenCase> cases, ExecutorService pool, Duration limit, String stopAtTask) {
    Instant until = Instant.now().plus(limit);
    List<Future<?>> futures = new ArrayList<>();
    for (DrivenCase c : cases) {
      futures.add(pool.submit(() -> drive(c, until, stopAtTask)));
    }
    return futures;
  }

  static ExecutorService pool() {
    // every case of a scenario in flight at once (they mostly wait between requests); a fixed pool smaller than a
    // scenario's cases would leave some cases unstarted while others wait for an outage to end
    return Executors.newCachedThreadPool();
  }

  /** Until the case ends (or the named task is open, when given). */
  void drive(DrivenCase c, Instant until, String stopAtTask) {
    while (Instant.now().isBefore(until)) {
      try {
        if (step(c, stopAtTask)) {
          return;
        }
      } catch (RuntimeException | IOException e) {
        c.lastProblem = e.toString();
        failedRequests.incrementAndGet();
      }
      AppProcess.pause(300 + ThreadLocalRandom.current().nextInt(200));
    }
    throw new AssertionError("Case did not reach its end in time: " + c);
  }

  /** One step; true when there is nothing more to do. */
  private boolean step(DrivenCase c, String stopAtTask) throws IOException {
    if (c.caseNo == null) {
      Optional<String> existing = caseOfApplicant.apply(c.applicantCode);
      if (existing.isPresent()) {
        c.caseNo = existing.get();
      } else {
        HttpResponse<String> applied = send("POST", "/api/cases", "portal", Map.of("applicantCode", c.applicantCode,
            "applicantName", "可靠性测试企业" + c.applicantCode.substring(8, 14) + "有限公司",
            "applicantEmail", "applicant-" + c.applicantCode + "@example.test", "itemCode", c.item(),
            "commitmentType", "NOTIFY_COMMIT"));
        if (applied.statusCode() != 201) {
          c.lastProblem = "apply " + applied.statusCode() + " " + applied.body();
          return false;
        }
        c.caseNo = JSON.readTree(applied.body()).path("caseNo").asText();
      }
    }
    HttpResponse<String> read = send("GET", "/api/cases/" + c.caseNo, "clerk", null);
    if (read.statusCode() != 200) {
      c.lastProblem = "read " + read.statusCode();
      return false;
    }
    JsonNode view = JSON.readTree(read.body());
    if (!view.path("endState").isNull() && !view.path("endState").isMissingNode()) {
      c.endState = view.path("endState").asText();
      return true;
    }
    for (JsonNode task : view.path("openTasks")) {
      String key = task.path("key").asText();
      if (key.equals(stopAtTask)) {
        return true;
      }
      HttpResponse<String> done = act(c, view, key, task.path("id").asText());
      if (done != null && done.statusCode() >= 300) {
        c.lastProblem = key + " " + done.statusCode() + " " + done.body();
      }
    }
    return false;
  }

  private HttpResponse<String> act(DrivenCase c, JsonNode view, String key, String taskId) throws IOException {
    switch (key) {
      case "Task_NotifyConditions":
        return complete(taskId, "clerk", Map.of("conditionsNotified", true, "notifyChannel", "ONLINE"));
      case "Task_AwaitSignature":
        if (c.plan == Plan.WITHDRAWN) {
          return send("POST", "/api/cases/" + c.caseNo + "/withdrawal", "portal", Map.of("reason", "经营计划调整"));
        }
        if (c.plan == Plan.ABANDONED) {
          return null; // the signing deadline ends it
        }
        return send("POST", "/api/cases/" + c.caseNo + "/signature", "portal",
            Map.of("signer", "法定代表人", "letterSha256", view.path("letterSha256").asText()));
      case "Task_AcceptApplication":
        return complete(taskId, "clerk", Map.of("acceptanceDecision", "ACCEPT"));
      case "Task_MakeDecision":
        return complete(taskId, "approver", c.plan == Plan.DENIED
            ? Map.of("decision", "DENY", "denialReason", "经审查，经营场所不符合要求")
            : Map.of("decision", "APPROVE", "decisionOpinion", "同意"));
      case "Task_InspectFulfilment":
        return complete(taskId, "inspector", Map.of("inspectionResult", "COMPLIANT",
            "inspectionFindings", "经现场核查，实际情况与承诺一致"));
      default:
        return null;
    }
  }

  private HttpResponse<String> complete(String taskId, String user, Map<String, Object> variables) throws IOException {
    Map<String, Object> typed = new java.util.LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
    return send("POST", "/engine-rest/task/" + taskId + "/complete", user, Map.of("variables", typed));
  }

  HttpResponse<String> send(String method, String path, String user, Object body) throws IOException {
    List<String> live = List.copyOf(nodes);
    String base = live.get(ThreadLocalRandom.current().nextInt(live.size()));
    return send(base, method, path, user, body);
  }

  HttpResponse<String> send(String base, String method, String path, String user, Object body) throws IOException {
    requests.incrementAndGet();
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
    }
    long started = System.nanoTime();
    int status = -1;
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      status = response.statusCode();
      if (response.statusCode() >= 500) {
        failedRequests.incrementAndGet();
      }
      return response;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    } finally {
      observer.called(method, path, user, status, System.nanoTime() - started);
    }
  }

  static JsonNode json(String text) throws IOException {
    return JSON.readTree(text);
  }
}
