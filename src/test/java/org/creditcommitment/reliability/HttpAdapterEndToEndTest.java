package org.creditcommitment.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.credit.adapters.CreditRegistry;
import org.creditcommitment.notification.Notifications;
import org.creditcommitment.objection.CreditFileDriver;
import org.creditcommitment.publicity.PublicityExpiry;
import org.creditcommitment.subject.TestCodes;
import org.creditcommitment.supervision.RiskWarnings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Objections, credit repairs, publicity expiry and risk warnings end to end with the http credit adapter
 * ({@code cc.credit.adapter=http}) against {@link CreditPlatformStub}, the remote platform of
 * docs/credit-platform-api.md: every dishonesty record here exists only on the remote platform (the local
 * registry never hears of the subject), and every outcome is checked on the platform's side, through its API.
 *
 * <p>Its own application context, the only one in the suite with the http adapter (so keep these tests in this
 * one class): same profiles, test configuration and database as {@link IntegrationTest}, whose
 * {@code @DynamicPropertySource} for the datasource still applies; this class adds the adapter's. The context is
 * closed after the class: otherwise it would outlive the stub, and its Quartz scheduler (a cluster member on
 * PostgreSQL) would go on taking jobs of the shared context.
 *
 * <p>Tagged {@code db} like every {@link IntegrationTest}, so it runs on H2 and again on PostgreSQL: there the
 * objection's filing (remote mark last, inside the transaction that writes the objection and starts its process),
 * the processes and the risk-warning writes run on the production database, which is worth the second start.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HttpAdapterEndToEndTest extends IntegrationTest {

  static final String ANSWER = "Task_AnswerObjection";
  static final String REVIEW = "Task_InitialReview";
  static final String VERIFY = "Task_VerifyRepair";
  /**
   * The shared test database also holds the embedded platform's record ids (the other context's objections,
   * repairs and punished cases name them), so the remote platform's ids are kept far above them.
   */
  static final long REMOTE_IDS_ABOVE = 9_000_000_000L;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final CreditPlatformStub PLATFORM = new CreditPlatformStub();

  static {
    PLATFORM.idsAbove(REMOTE_IDS_ABOVE);
  }

  @DynamicPropertySource
  static void remoteCreditPlatform(DynamicPropertyRegistry registry) {
    registry.add("cc.credit.adapter", () -> "http");
    registry.add("cc.credit.http.base-url", PLATFORM::baseUrl);
    registry.add("cc.credit.http.token", () -> AppProcess.CREDIT_TOKEN);
    // a second engine in this JVM: under its own name, so that the static engine registry (engine REST API,
    // webapps) keeps serving the shared context's "default" engine, also after this context is closed
    registry.add("camunda.bpm.process-engine-name", () -> "httpAdapterEndToEnd");
    // the webapps keep their runtime in static fields: started here they would take it over from the shared
    // context, and answer 500 there once this context is closed
    registry.add("camunda.bpm.webapp.enabled", () -> "false");
  }

  @AfterAll
  static void stopPlatform() {
    PLATFORM.close();
  }

  @Autowired CreditFileDriver driver;
  @Autowired CreditRegistry localRegistry;
  @Autowired PublicityExpiry publicityExpiry;
  @Autowired RiskWarnings riskWarnings;
  @Autowired Notifications notifications;
  @Autowired JdbcTemplate jdbc;

  // --- objections -------------------------------------------------------------------------------------------

  @Test
  void objectionToARemoteRecordMarksItThereAndTheProvidersRevocationRevokesItThere() {
    String code = TestCodes.uscc();
    long recordId = remoteRecord(code, "食品安全", today().minusDays(30), today().plusYears(1));
    assertThat(localRegistry.exists(code)).as("the subject is known to the remote platform only").isFalse();

    Filed objection = fileObjection(code, recordId);

    JsonNode marked = onPlatform(code, recordId);
    assertThat(marked.path("status").asText()).isEqualTo("UNDER_OBJECTION");
    assertThat(PLATFORM.objectionMarks()).containsEntry(recordId, objection.number());

    driver.complete(objection.processInstanceId(), ANSWER, "provider", Map.of("objectionDecision", "REVOKE",
        "answerExplanation", "经核实，该记录认定错误，予以撤销"));

    assertThat(onPlatform(code, recordId).path("status").asText()).isEqualTo("REVOKED");
    assertThat(PLATFORM.objectionMarks()).doesNotContainKey(recordId);
    assertThat(PLATFORM.requests(objection.number() + ":correction")).as("one CORRECTION push").isEqualTo(1);
    assertThat(driver.historicVariable(objection.processInstanceId(), "objectionOutcome")).isEqualTo("REVOKED");
    assertThat(driver.ended(objection.processInstanceId())).isTrue();
  }

  @Test
  void providersCorrectionOfARemoteRecordChangesItThereAndKeepsItInForce() {
    String code = TestCodes.uscc();
    long recordId = remoteRecord(code, "食品安全", today().minusDays(30), today().plusYears(1));
    Filed objection = fileObjection(code, recordId);
    LocalDate newEnd = today().plusMonths(6);

    driver.complete(objection.processInstanceId(), ANSWER, "provider", Map.of("objectionDecision", "CORRECT",
        "correctedBasis", "未按承诺期限补齐容缺材料（已部分补齐）", "correctedPublicityEnd", newEnd.toString(),
        "answerExplanation", "经核实，公示期限有误，予以更正"));

    JsonNode record = onPlatform(code, recordId);
    assertThat(record.path("status").asText()).isEqualTo("ACTIVE");
    assertThat(record.path("basis").asText()).isEqualTo("未按承诺期限补齐容缺材料（已部分补齐）");
    assertThat(record.path("publicityEnd").asText()).isEqualTo(newEnd.toString());
    assertThat(record.path("sourceUnit").asText()).as("not corrected, so unchanged").isEqualTo(SOURCE_UNIT);
    assertThat(PLATFORM.objectionMarks()).doesNotContainKey(recordId);
    assertThat(PLATFORM.requests(objection.number() + ":correction")).isEqualTo(1);
    assertThat(driver.historicVariable(objection.processInstanceId(), "objectionOutcome")).isEqualTo("CORRECTED");
    assertThat(driver.ended(objection.processInstanceId())).isTrue();
  }

  @Test
  void providerKeepingARemoteRecordPutsItBackInForceThereUnchanged() {
    String code = TestCodes.uscc();
    LocalDate end = today().plusYears(1);
    long recordId = remoteRecord(code, "食品安全", today().minusDays(30), end);
    Filed objection = fileObjection(code, recordId);
    assertThat(onPlatform(code, recordId).path("status").asText()).isEqualTo("UNDER_OBJECTION");

    driver.complete(objection.processInstanceId(), ANSWER, "provider", Map.of("objectionDecision", "KEEP",
        "answerExplanation", "经核实，信息准确无误"));

    JsonNode record = onPlatform(code, recordId);
    assertThat(record.path("status").asText()).isEqualTo("ACTIVE");
    assertThat(record.path("basis").asText()).isEqualTo(BASIS);
    assertThat(record.path("publicityEnd").asText()).isEqualTo(end.toString());
    assertThat(PLATFORM.objectionMarks()).doesNotContainKey(recordId);
    assertThat(driver.historicVariable(objection.processInstanceId(), "objectionOutcome")).isEqualTo("KEPT");
    assertThat(driver.ended(objection.processInstanceId())).isTrue();
  }

  @Test
  void objectionToARecordTheRemotePlatformDoesNotKnowIsNotFoundAndFilesNothing() {
    String code = TestCodes.uscc();
    String other = TestCodes.uscc();
    long othersRecord = remoteRecord(other, "食品安全", today().minusDays(30), today().plusYears(1));

    // an id the platform never gave out, and a record it holds for another subject: both unknown for this one
    for (long recordId : new long[] {REMOTE_IDS_ABOVE - 1, othersRecord}) {
      HttpResponse<String> refused = http.post("/api/objections", "portal", objectionBody(code, recordId));
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(404);
      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(refused.body()).contains("unknown-dishonesty-record");
    }

    assertThat(jdbc.queryForObject("select count(*) from credit_objection where subject_code = ?", Integer.class,
        code)).as("no objection filed").isZero();
    assertThat(onPlatform(other, othersRecord).path("status").asText()).isEqualTo("ACTIVE");
    assertThat(PLATFORM.objectionMarks()).doesNotContainKey(othersRecord);
  }

  // --- credit repair ----------------------------------------------------------------------------------------

  @Test
  void repairOfARemoteRecordPassedByTheCreditOfficeEndsItsPublicityThere() {
    String code = TestCodes.uscc();
    long recordId = remoteRecord(code, "食品安全", today().minusDays(60), today().plusYears(1));

    HttpResponse<String> letter = http.post("/api/repairs/letter", "portal", "{\"subjectCode\":\"" + code
        + "\",\"recordId\":" + recordId + "}");
    assertThat(letter.statusCode()).as(letter.body()).isEqualTo(200);
    HttpResponse<String> filed = http.post("/api/repairs", "portal", "{\"subjectCode\":\"" + code
        + "\",\"recordId\":" + recordId + ",\"evidence\":[\"罚款缴纳凭证\"],\"obligationsFulfilled\":true,"
        + "\"finePaid\":true,\"repairLetter\":{\"signer\":\"王法人\",\"textSha256\":\""
        + read(letter.body()).path("textSha256").asText() + "\"}}");
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    String repairNo = read(filed.body()).path("repairNo").asText();
    String processInstanceId = read(filed.body()).path("processInstanceId").asText();
    assertThat(onPlatform(code, recordId).path("status").asText()).as("still public while it is examined")
        .isEqualTo("ACTIVE");

    driver.complete(processInstanceId, REVIEW, "credit-office", Map.of("reviewResult", "COMPLETE"));
    driver.complete(processInstanceId, VERIFY, "credit-office", Map.of("repairDecision", "APPROVE",
        "verificationOpinion", "已履行行政处罚决定，整改到位"));

    assertThat(onPlatform(code, recordId).path("status").asText()).isEqualTo("REPAIRED");
    assertThat(PLATFORM.requests(repairNo + ":repair")).as("one REPAIR push").isEqualTo(1);
    assertThat(PLATFORM.requests(repairNo + ":commitment")).as("the signed repair commitment, pushed once").isEqualTo(1);
    assertThat(driver.historicVariable(processInstanceId, "repairOutcome")).isEqualTo("REPAIRED");
    assertThat(driver.ended(processInstanceId)).isTrue();
  }

  // --- publicity expiry -------------------------------------------------------------------------------------

  @Test
  void publicityExpiryEndsTheRemoteRecordsWhosePublicityEndedAndLeavesTheOthers() {
    String code = TestCodes.uscc();
    // decided two years ago, outside the risk scan's window
    LocalDate decided = today().minusYears(2);
    long ended = remoteRecord(code, "食品安全", decided, today().minusDays(1));
    long lastDay = remoteRecord(code, "生态环境", decided, today());
    long stillPublic = remoteRecord(code, "交通运输", decided, today().plusDays(30));

    // what the daily Quartz job (PublicityExpiryJob) calls
    assertThat(publicityExpiry.runNow()).isGreaterThanOrEqualTo(1);
    assertThat(publicityExpiry.runNow()).as("a second run has nothing left to end").isZero();

    assertThat(onPlatform(code, ended).path("status").asText()).isEqualTo("EXPIRED");
    assertThat(onPlatform(code, lastDay).path("status").asText()).as("on its last day it is still public")
        .isEqualTo("ACTIVE");
    assertThat(onPlatform(code, stillPublic).path("status").asText()).isEqualTo("ACTIVE");
    assertThat(PLATFORM.requests("publicity-end:" + ended)).as("one PUBLICITY_END push").isEqualTo(1);
    assertThat(PLATFORM.requests("publicity-end:" + lastDay) + PLATFORM.requests("publicity-end:" + stillPublic))
        .isZero();
  }

  // --- risk warnings ----------------------------------------------------------------------------------------

  @Test
  void riskScanWarnsAboutSubjectsWhoseRecordsTheRemotePlatformReportsSinceTheWindowStart() {
    String repeated = TestCodes.uscc();
    long first = remoteRecord(repeated, "食品安全", today().minusDays(20), today().plusYears(1));
    long second = remoteRecord(repeated, "食品安全", today().minusDays(10), today().plusYears(1));
    long beforeWindow = remoteRecord(repeated, "食品安全", today().minusYears(2), today().plusYears(1));
    String once = TestCodes.uscc();
    remoteRecord(once, "食品安全", today().minusDays(5), today().plusYears(1));

    // what the daily Quartz job (SupervisionConfig.RiskWarningScanJob) calls
    List<RiskWarnings.Warning> warnings = riskWarnings.scan();

    assertThat(warnings).noneMatch(w -> w.subjectCode().equals(once));
    List<RiskWarnings.Warning> forRepeated = warnings.stream().filter(w -> w.subjectCode().equals(repeated)).toList();
    assertThat(forRepeated).as("one domain only: no warning across domains").hasSize(1);
    RiskWarnings.Warning warning = forRepeated.get(0);
    assertThat(warning.rule()).isEqualTo(RiskWarnings.Rule.REPEAT_IN_DOMAIN);
    assertThat(warning.domains()).isEqualTo("食品安全");
    assertThat(warning.recordIds()).as("the record decided before the window (%d) does not count", beforeWindow)
        .isEqualTo(Stream.of(first, second).map(String::valueOf).sorted().collect(Collectors.joining(",")));
    // the subject's name comes from the remote platform's profile (the stub names every subject this way)
    String remoteName = "可靠性测试企业" + repeated.substring(8, 14) + "有限公司";
    assertThat(notifications.forCase("RISK-" + warning.id())).isNotEmpty()
        .allSatisfy(mail -> assertThat(mail.body()).contains(remoteName));

    assertThat(riskWarnings.scan()).as("raised once").noneMatch(w -> w.subjectCode().equals(repeated));
  }

  // --- helpers ----------------------------------------------------------------------------------------------

  static final String SOURCE_UNIT = "汕尾市市场监督管理局";
  static final String BASIS = "未按承诺期限补齐容缺材料";

  /** An objection or repair as filed over /api. */
  record Filed(String number, String processInstanceId) {}

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static String objectionBody(String code, long recordId) {
    return "{\"subjectCode\":\"" + code + "\",\"recordId\":" + recordId
        + ",\"reason\":\"处罚决定已撤销\",\"evidence\":[\"复议决定书\"]}";
  }

  /** Files an objection as the portal does. */
  private Filed fileObjection(String code, long recordId) {
    HttpResponse<String> filed = http.post("/api/objections", "portal", objectionBody(code, recordId));
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    JsonNode body = read(filed.body());
    return new Filed(body.path("objectionNo").asText(), body.path("processInstanceId").asText());
  }

  /**
   * A dishonesty record that exists only on the remote platform: pushed to it as DISHONESTY, as another source
   * unit's system would (the stub keeps such pushes as dishonesty records).
   */
  private static long remoteRecord(String subjectCode, String domain, LocalDate date, LocalDate publicityEnd) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("sourceUnit", SOURCE_UNIT);
    payload.put("basis", BASIS);
    payload.put("domain", domain);
    payload.put("date", date.toString());
    payload.put("publicityStart", date.toString());
    payload.put("publicityEnd", publicityEnd.toString());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "DISHONESTY");
    body.put("subjectCode", subjectCode);
    body.put("reference", "REMOTE-" + subjectCode);
    body.put("payload", payload);
    HttpResponse<String> pushed = send(platformRequest("/records")
        .header("Idempotency-Key", "seed:" + UUID.randomUUID())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8)));
    assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(201);
    return Long.parseLong(read(pushed.body()).path("recordId").asText());
  }

  /** The record as the remote platform holds it now, read through its API. */
  private static JsonNode onPlatform(String subjectCode, long recordId) {
    HttpResponse<String> answer = send(platformRequest("/subjects/" + subjectCode + "/dishonesty-records/"
        + recordId).GET());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return read(answer.body());
  }

  private static HttpRequest.Builder platformRequest(String path) {
    return HttpRequest.newBuilder(URI.create(PLATFORM.baseUrl() + path))
        .header("Authorization", "Bearer " + AppProcess.CREDIT_TOKEN)
        .header("Accept", "application/json");
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
