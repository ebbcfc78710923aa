package org.creditcommitment.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drives objections, credit repairs and voluntary commitments through the nodes' HTTP APIs the way the portal and
 * the officials do: the portal files an objection or a repair against a dishonesty record that another source unit
 * pushed to the credit platform for a registered subject, or a voluntary commitment after fetching the text to sign;
 * the provider answers objections, the credit office reviews and verifies repairs, the approver reviews voluntary
 * commitments (tasks through /engine-rest); the portal supplies missing repair materials and withdraws commitments,
 * the credit office revokes them. Every request goes through {@link CaseDriver#send}, so it is counted and timed
 * with the lifecycle's.
 *
 * <p>Resumable like {@link CaseDriver}: every step re-reads the filing first, so a node that dies between a request
 * and its answer only costs a retry; a filing whose answer was lost is looked up in the database by what makes it
 * unique (its record, or for a voluntary commitment its subject) before it is sent again.
 */
final class FilingDriver {

  enum Kind { OBJECTION, REPAIR, VOLUNTARY }

  /** One path through a process and the outcome it ends with (the row's {@code outcome}, or its status). */
  enum Plan {
    OBJECTION_CORRECTED(Kind.OBJECTION, "CORRECTED"),
    OBJECTION_REVOKED(Kind.OBJECTION, "REVOKED"),
    OBJECTION_KEPT(Kind.OBJECTION, "KEPT"),
    REPAIR_APPROVED(Kind.REPAIR, "REPAIRED"),
    REPAIR_REFUSED(Kind.REPAIR, "REFUSED"),
    /** Found incomplete at the initial review, supplemented through the portal, then approved. */
    REPAIR_SUPPLEMENTED(Kind.REPAIR, "REPAIRED"),
    VOLUNTARY_RETURNED(Kind.VOLUNTARY, "RETURNED"),
    VOLUNTARY_WITHDRAWN(Kind.VOLUNTARY, "WITHDRAWN"),
    VOLUNTARY_REVOKED(Kind.VOLUNTARY, "REVOKED");

    final Kind kind;
    final String outcome;

    Plan(Kind kind, String outcome) {
      this.kind = kind;
      this.outcome = outcome;
    }

    /** The plans of one kind in turn. */
    static Plan of(Kind kind, int i) {
      List<Plan> plans = Arrays.stream(values()).filter(p -> p.kind == kind).toList();
      return plans.get(i % plans.size());
    }
  }

  /** One objection, repair or voluntary commitment of a fresh subject. */
  static final class Filing {
    final Plan plan;
    final String subjectCode;
    /** Objections and repairs: the dishonesty record on the platform they are about. */
    volatile Long recordId;
    /** YY…, XF… or ZY…. */
    volatile String number;
    volatile String processInstanceId;
    volatile String outcome;
    volatile String lastProblem;

    Filing(Plan plan, String subjectCode) {
      this.plan = plan;
      this.subjectCode = subjectCode;
    }

    @Override
    public String toString() {
      return plan + " " + subjectCode + " record=" + recordId + " " + number + " outcome=" + outcome
          + " last=" + lastProblem;
    }
  }

  static final String ANSWER_OBJECTION = "Task_AnswerObjection";
  static final String INITIAL_REVIEW = "Task_InitialReview";
  static final String VERIFY_REPAIR = "Task_VerifyRepair";
  static final String REVIEW_VOLUNTARY = "Task_ReviewVoluntaryCommitment";
  /** What a CORRECT answer changes on the record, so the check can see the correction arrived. */
  static final String CORRECTED_BASIS = "未按承诺期限补齐容缺材料（经异议核实更正）";
  /** A 主动型 template of market supervision (department scjg): the demo approver reviews it. */
  static final String TEMPLATE = "ZY-CXJY";

  /** Where each kind is filed, and how a filing whose answer was lost is found again. */
  private record Endpoint(String path, String numberField, String table, String numberColumn, String keyColumn) {}

  private static final Endpoint OBJECTIONS =
      new Endpoint("/api/objections", "objectionNo", "credit_objection", "objection_no", "record_id");
  private static final Endpoint REPAIRS =
      new Endpoint("/api/repairs", "repairNo", "credit_repair", "repair_no", "record_id");
  private static final Endpoint VOLUNTARY =
      new Endpoint("/api/voluntary-commitments", "voluntaryNo", "voluntary_commitment", "voluntary_no", "subject_code");

  /** A request body that may need a call of its own first (the text to sign); null when that call failed. */
  private interface Body {
    Map<String, Object> make() throws IOException;
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private final CaseDriver http;
  private final JdbcTemplate db;
  private final String platformBaseUrl;
  private final HttpClient platformClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  FilingDriver(CaseDriver http, JdbcTemplate db, CreditPlatformStub platform) {
    this.http = http;
    this.db = db;
    this.platformBaseUrl = platform.baseUrl();
  }

  /** Until the filing has ended with an outcome. */
  void drive(Filing f, Instant until) {
    while (Instant.now().isBefore(until)) {
      try {
        if (step(f)) {
          return;
        }
      } catch (RuntimeException | IOException e) {
        f.lastProblem = e.toString();
      }
      AppProcess.pause(300 + ThreadLocalRandom.current().nextInt(200));
    }
    throw new AssertionError("Filing did not end in time: " + f);
  }

  /** One step; true when the filing has ended. */
  private boolean step(Filing f) throws IOException {
    return switch (f.plan.kind) {
      case OBJECTION -> objectionStep(f);
      case REPAIR -> repairStep(f);
      case VOLUNTARY -> voluntaryStep(f);
    };
  }

  // ---- objections: filed by the portal, answered by the provider ----

  private boolean objectionStep(Filing f) throws IOException {
    if (!seeded(f) || !filed(f, OBJECTIONS, f.recordId, () -> objectionBody(f))) {
      return false;
    }
    JsonNode view = read(f, "/api/objections/" + f.number);
    if (view == null) {
      return false;
    }
    if (present(view.path("endedAt"))) {
      f.outcome = view.path("outcome").asText(null);
      return true;
    }
    List<JsonNode> tasks = openTasks(f, "provider");
    if (tasks == null) {
      return false;
    }
    for (JsonNode task : tasks) {
      if (ANSWER_OBJECTION.equals(task.path("taskDefinitionKey").asText())) {
        complete(f, task, "provider", objectionAnswer(f.plan));
      }
    }
    return false;
  }

  private static Map<String, Object> objectionBody(Filing f) {
    return Map.of("subjectCode", f.subjectCode, "recordId", f.recordId, "reason", "处罚决定已被复议撤销",
        "evidence", List.of("复议决定书 汕市监复〔2026〕3号"));
  }

  private static Map<String, Object> objectionAnswer(Plan plan) {
    return switch (plan) {
      case OBJECTION_CORRECTED -> Map.of("objectionDecision", "CORRECT", "correctedBasis", CORRECTED_BASIS,
          "answerExplanation", "经核实，处罚依据表述有误，予以更正");
      case OBJECTION_REVOKED -> Map.of("objectionDecision", "REVOKE",
          "answerExplanation", "经核实，该记录认定错误，予以撤销");
      default -> Map.of("objectionDecision", "KEEP", "answerExplanation", "经核实，信息准确无误");
    };
  }

  // ---- credit repairs: filed by the portal, reviewed and verified by the credit office ----

  private boolean repairStep(Filing f) throws IOException {
    if (!seeded(f) || !filed(f, REPAIRS, f.recordId, () -> repairBody(f))) {
      return false;
    }
    JsonNode view = read(f, "/api/repairs/" + f.number);
    if (view == null) {
      return false;
    }
    if (present(view.path("endedAt"))) {
      f.outcome = view.path("outcome").asText(null);
      return true;
    }
    List<JsonNode> tasks = openTasks(f, "credit-office");
    if (tasks == null) {
      return false;
    }
    for (JsonNode task : tasks) {
      switch (task.path("taskDefinitionKey").asText()) {
        case INITIAL_REVIEW -> complete(f, task, "credit-office", f.plan == Plan.REPAIR_SUPPLEMENTED
            ? Map.of("reviewResult", "INCOMPLETE", "missingItems", "缺少罚款缴纳凭证原件")
            : Map.of("reviewResult", "COMPLETE"));
        case VERIFY_REPAIR -> complete(f, task, "credit-office", f.plan == Plan.REPAIR_REFUSED
            ? Map.of("repairDecision", "REFUSE", "refusalReason", "整改尚未到位，不予信用修复")
            : Map.of("repairDecision", "APPROVE", "verificationOpinion", "已履行行政处罚决定，整改到位"));
        default -> { }
      }
    }
    // no task open and nothing supplied yet: the application waits for the materials (a 409 not-waiting only means
    // the review's answer is still on its way)
    if (f.plan == Plan.REPAIR_SUPPLEMENTED && tasks.isEmpty() && view.path("supplements").isEmpty()) {
      HttpResponse<String> supplied = http.send("POST", "/api/repairs/" + f.number + "/supplement", "portal",
          Map.of("evidence", List.of("罚款缴纳凭证原件 0012345"), "note", "补交凭证原件"));
      problem(f, "supplement", supplied);
    }
    return false;
  }

  /** The portal fetches the repair commitment's text for the record, shows it, and files signed over its hash. */
  private Map<String, Object> repairBody(Filing f) throws IOException {
    HttpResponse<String> letter = http.send("POST", "/api/repairs/letter", "portal",
        Map.of("subjectCode", f.subjectCode, "recordId", f.recordId));
    if (letter.statusCode() != 200) {
      f.lastProblem = "repair letter " + letter.statusCode() + " " + letter.body();
      return null;
    }
    return Map.of("subjectCode", f.subjectCode, "recordId", f.recordId, "evidence", List.of("罚款缴纳凭证 0012345"),
        "obligationsFulfilled", true, "finePaid", true, "repairLetter", Map.of("signer", "王法人",
            "textSha256", CaseDriver.json(letter.body()).path("textSha256").asText()));
  }

  // ---- voluntary commitments: filed by the portal, reviewed by the approver, then withdrawn or revoked ----

  private boolean voluntaryStep(Filing f) throws IOException {
    if (!filed(f, VOLUNTARY, f.subjectCode, () -> voluntaryBody(f))) {
      return false;
    }
    JsonNode view = read(f, "/api/voluntary-commitments/" + f.number);
    if (view == null) {
      return false;
    }
    String status = view.path("status").asText();
    switch (status) {
      case "UNDER_REVIEW" -> {
        List<JsonNode> tasks = openTasks(f, "approver");
        if (tasks == null) {
          return false;
        }
        for (JsonNode task : tasks) {
          if (REVIEW_VOLUNTARY.equals(task.path("taskDefinitionKey").asText())) {
            complete(f, task, "approver", f.plan == Plan.VOLUNTARY_RETURNED
                ? Map.of("reviewDecision", "RETURN", "returnReason", "承诺书签署人与登记的法定代表人不一致")
                : Map.of("reviewDecision", "ACCEPT"));
          }
        }
        return false;
      }
      case "PUBLISHED" -> {
        // 409 not-published until the publication's push has been made: tried again on the next step
        if (f.plan == Plan.VOLUNTARY_WITHDRAWN) {
          problem(f, "withdraw", http.send("POST", "/api/voluntary-commitments/" + f.number + "/withdrawal", "portal",
              Map.of("reason", "经营范围调整，撤回承诺")));
        } else if (f.plan == Plan.VOLUNTARY_REVOKED) {
          problem(f, "revoke", http.send("POST", "/api/voluntary-commitments/" + f.number + "/revocation",
              "credit-office", Map.of("reason", "经核查存在违背承诺情形，予以撤销")));
        }
        return false;
      }
      case "RETURNED", "WITHDRAWN", "REVOKED", "EXPIRED" -> {
        // the commitment no longer stands (EXPIRED cannot happen within a run: validity P1Y)
        f.outcome = status;
        return true;
      }
      default -> {
        f.lastProblem = "status " + status;
        return false;
      }
    }
  }

  /** The text to sign first: its SHA-256 goes with the filing. */
  private Map<String, Object> voluntaryBody(Filing f) throws IOException {
    String name = registeredName(f.subjectCode);
    HttpResponse<String> text = http.send("POST", "/api/voluntary-commitments/text", "portal",
        Map.of("subjectCode", f.subjectCode, "subjectName", name, "templateCode", TEMPLATE));
    if (text.statusCode() != 200) {
      f.lastProblem = "text " + text.statusCode() + " " + text.body();
      return null;
    }
    return Map.of("subjectCode", f.subjectCode, "subjectName", name, "templateCode", TEMPLATE,
        "email", "applicant-" + f.subjectCode + "@example.test", "signer", "法定代表人",
        "textSha256", CaseDriver.json(text.body()).path("textSha256").asText());
  }

  /** The name {@link CreditPlatformStub} registers for every code. */
  private static String registeredName(String code) {
    return "可靠性测试企业" + code.substring(8, 14) + "有限公司";
  }

  // ---- common steps ----

  /**
   * The filing exists: filed now, or found in the database after an answer was lost (its key is unique per filing,
   * so the row found is this filing's).
   */
  private boolean filed(Filing f, Endpoint endpoint, Object key, Body body) throws IOException {
    if (f.number != null) {
      return true;
    }
    Optional<Map<String, Object>> lost = db.queryForList("select " + endpoint.numberColumn() + " as no,"
        + " process_instance_id as pid from " + endpoint.table() + " where " + endpoint.keyColumn() + " = ?", key)
        .stream().findFirst();
    if (lost.isPresent()) {
      f.processInstanceId = (String) lost.get().get("pid");
      f.number = (String) lost.get().get("no");
      return true;
    }
    Map<String, Object> request = body.make();
    if (request == null) {
      return false;
    }
    HttpResponse<String> answer = http.send("POST", endpoint.path(), "portal", request);
    if (answer.statusCode() != 201) {
      f.lastProblem = "file " + answer.statusCode() + " " + answer.body();
      return false;
    }
    JsonNode filed = CaseDriver.json(answer.body());
    f.processInstanceId = filed.path("processInstanceId").asText();
    f.number = filed.path(endpoint.numberField()).asText();
    return true;
  }

  /**
   * The subject's dishonesty record on the credit platform, pushed there as another source unit's system would
   * (the stub keeps DISHONESTY pushes as records). One key per filing, so a push repeated after an outage is the
   * same record.
   */
  private boolean seeded(Filing f) throws IOException {
    if (f.recordId != null) {
      return true;
    }
    LocalDate decided = LocalDate.now().minusDays(30);
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("sourceUnit", "汕尾市市场监督管理局");
    payload.put("basis", "未按承诺期限补齐容缺材料");
    payload.put("domain", "食品安全");
    payload.put("date", decided.toString());
    payload.put("publicityStart", decided.toString());
    payload.put("publicityEnd", decided.plusYears(1).toString());
    Map<String, Object> body = Map.of("type", "DISHONESTY", "subjectCode", f.subjectCode,
        "reference", "SOAK-" + f.subjectCode, "payload", payload);
    HttpResponse<String> pushed = pushToPlatform(body, "soak-seed:" + f.subjectCode);
    if (pushed.statusCode() != 200 && pushed.statusCode() != 201) {
      f.lastProblem = "seed " + pushed.statusCode() + " " + pushed.body();
      return false;
    }
    f.recordId = Long.parseLong(CaseDriver.json(pushed.body()).path("recordId").asText());
    return true;
  }

  private HttpResponse<String> pushToPlatform(Map<String, Object> body, String key) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(platformBaseUrl + "/records"))
        .timeout(Duration.ofSeconds(10))
        .header("Authorization", "Bearer " + AppProcess.CREDIT_TOKEN)
        .header("Idempotency-Key", key)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
        .build();
    long started = System.nanoTime();
    int status = -1;
    try {
      HttpResponse<String> response =
          platformClient.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      status = response.statusCode();
      return response;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    } finally {
      http.observer.called("POST", "platform:/records", "source-unit", status, System.nanoTime() - started);
    }
  }

  /** The filing as the portal reads it; null (and the problem noted) when it could not be read. */
  private JsonNode read(Filing f, String path) throws IOException {
    HttpResponse<String> answer = http.send("GET", path, "portal", null);
    if (answer.statusCode() != 200) {
      f.lastProblem = "read " + answer.statusCode();
      return null;
    }
    return CaseDriver.json(answer.body());
  }

  /** The filing's open tasks that {@code user} is offered; null (and the problem noted) when the query failed. */
  private List<JsonNode> openTasks(Filing f, String user) throws IOException {
    HttpResponse<String> answer =
        http.send("GET", "/engine-rest/task?processInstanceBusinessKey=" + f.number, user, null);
    if (answer.statusCode() != 200) {
      f.lastProblem = "tasks " + answer.statusCode();
      return null;
    }
    List<JsonNode> tasks = new ArrayList<>();
    CaseDriver.json(answer.body()).forEach(tasks::add);
    return tasks;
  }

  private void complete(Filing f, JsonNode task, String user, Map<String, Object> variables) throws IOException {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
    problem(f, task.path("taskDefinitionKey").asText(), http.send("POST", "/engine-rest/task/"
        + task.path("id").asText() + "/complete", user, Map.of("variables", typed)));
  }

  private static void problem(Filing f, String what, HttpResponse<String> answer) {
    if (answer.statusCode() >= 300) {
      f.lastProblem = what + " " + answer.statusCode() + " " + answer.body();
    }
  }

  private static boolean present(JsonNode node) {
    return !node.isMissingNode() && !node.isNull();
  }
}
