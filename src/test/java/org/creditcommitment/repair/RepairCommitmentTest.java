package org.creditcommitment.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.credit.DishonestyStatus;
import org.creditcommitment.credit.adapters.NewSubject;
import org.creditcommitment.objection.CreditFileDriver;
import org.creditcommitment.subject.SubjectType;
import org.creditcommitment.subject.TestCodes;
import org.creditcommitment.system.ClockConfig;
import org.creditcommitment.system.Hashing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The repair letter is a 信用修复型 commitment (普政数局〔2022〕25号 二（七）): a text from the template, signed (signer, time,
 * channel) over its SHA-256, stored with the repair, pushed to the credit platform and public while in force.
 */
class RepairCommitmentTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BOARD = "/public/api/commitments";

  @Autowired CreditFileDriver driver;
  @Autowired RepairFiling filing;
  @Autowired JdbcTemplate jdbc;
  @Autowired RepairProperties properties;
  @Autowired Repairs repairs;
  @Autowired org.creditcommitment.system.PersonalDataCipher cipher;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  private JsonNode letter(String code, long recordId) throws Exception {
    HttpResponse<String> letter = http.post("/api/repairs/letter", "portal",
        "{\"subjectCode\":\"" + code + "\",\"recordId\":" + recordId + "}");
    assertThat(letter.statusCode()).as(letter.body()).isEqualTo(200);
    assertThat(letter.headers().firstValue("X-Text-SHA256")).hasValue(JSON.readTree(letter.body())
        .path("textSha256").asText());
    return JSON.readTree(letter.body());
  }

  private static String body(String code, long recordId, String letter) {
    return "{\"subjectCode\":\"" + code + "\",\"recordId\":" + recordId + ",\"evidence\":[\"罚款缴纳凭证\"],"
        + "\"obligationsFulfilled\":true,\"finePaid\":true" + (letter == null ? "" : ",\"repairLetter\":" + letter) + "}";
  }

  private static String signed(String signer, String sha256) {
    return "{\"signer\":\"" + signer + "\",\"textSha256\":\"" + sha256 + "\"}";
  }

  private JsonNode fileOverHttp(String user, String code, long recordId) throws Exception {
    HttpResponse<String> filed = http.post("/api/repairs", user,
        body(code, recordId, signed("王法人", letter(code, recordId).path("textSha256").asText())));
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    return JSON.readTree(filed.body());
  }

  private Repair file(String code, long recordId) {
    return filing.file(new RepairRequest(code, recordId, List.of("罚款缴纳凭证"), true, true,
        driver.signedRepairLetter(code, recordId)), "portal", RepairCommitment.Channel.ONLINE);
  }

  private JsonNode board(String query) throws Exception {
    HttpResponse<String> page = http.get(BOARD + query, null);
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    return JSON.readTree(page.body());
  }

  private int rows(String table, String code) {
    return jdbc.queryForObject("select count(*) from " + table + " where subject_code = ?", Integer.class, code);
  }

  @Test
  void theRepairLetterIsASignedCreditRepairCommitmentKeptWithTheHashOfItsExactText() throws Exception {
    String code = driver.subject();
    long recordId = driver.record(code);
    JsonNode letter = letter(code, recordId);
    String text = letter.path("text").asText();
    assertThat(letter.path("category").asText()).isEqualTo("CREDIT_REPAIR");
    assertThat(letter.path("categoryLabel").asText()).isEqualTo("信用修复型");
    assertThat(text).contains("信用修复承诺书").contains(driver.registry.profile(code).name()).contains(code)
        .contains("失信记录 #" + recordId).contains("1年");
    assertThat(letter.path("textSha256").asText()).isEqualTo(Hashing.sha256(text));

    String repairNo = fileOverHttp("portal", code, recordId).path("repairNo").asText();

    JsonNode repair = JSON.readTree(http.get("/api/repairs/" + repairNo, "auditor").body());
    JsonNode commitment = repair.path("commitment");
    assertThat(commitment.path("category").asText()).isEqualTo("信用修复型");
    assertThat(commitment.path("text").asText()).isEqualTo(text);
    assertThat(commitment.path("textSha256").asText()).isEqualTo(Hashing.sha256(text));
    assertThat(commitment.path("signer").asText()).isEqualTo("王法人");
    assertThat(commitment.path("channel").asText()).isEqualTo("ONLINE");
    assertThat(commitment.path("signedAt").asText()).isNotBlank();
    assertThat(commitment.path("recordedBy").asText()).isEqualTo("portal");
    assertThat(repair.path("repairLetterSigned").asBoolean()).isTrue();
    assertThat(rows("credit_repair_commitment", code)).isEqualTo(1);
    // the initial review's form shows the signature from the commitment on record
    assertThat(driver.engine.getFormService().getTaskFormVariables(driver.task(
        repair.path("processInstanceId").asText(), "Task_InitialReview").getId()).get("repairLetterSignedText")
        .toString()).contains("王法人").contains("网上签署").contains(Hashing.sha256(text));

    // signed on paper at the credit window and filed by the clerk
    long another = driver.record(code);
    String windowNo = fileOverHttp("clerk", code, another).path("repairNo").asText();
    assertThat(JSON.readTree(http.get("/api/repairs/" + windowNo, "auditor").body()).path("commitment")
        .path("channel").asText()).isEqualTo("WINDOW");
  }

  @Test
  void aRepairWithoutTheSignedLetterOrSignedOverAnotherTextIsRefusedAndNothingIsWritten() throws Exception {
    String code = driver.subject();
    long recordId = driver.record(code);
    String sha256 = letter(code, recordId).path("textSha256").asText();
    Map<String, String> refusals = new java.util.LinkedHashMap<>();
    refusals.put(body(code, recordId, signed("王法人", Hashing.sha256("另一份承诺书"))), "repair-letter-mismatch");
    refusals.put(body(code, recordId, null), "repairLetter");
    // the flag of earlier releases is no field any more: the body is refused as malformed
    refusals.put(body(code, recordId, null).replace("}", ",\"repairLetterSigned\":true}"), "malformed-body");
    refusals.put(body(code, recordId, signed("王法人", "abc")), "textSha256");
    refusals.put(body(code, recordId, signed(" ", sha256)), "signer");
    refusals.put(body(code, recordId, "{\"textSha256\":\"" + sha256 + "\"}"), "signer");
    refusals.put(body(code, recordId, signed("王法人\\u202e", sha256)), "signer");
    for (Map.Entry<String, String> refusal : refusals.entrySet()) {
      HttpResponse<String> refused = http.post("/api/repairs", "portal", refusal.getKey());
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
          .startsWith("application/problem+json"));
      JsonNode problem = JSON.readTree(refused.body());
      assertThat(refused.body()).as(refusal.getKey()).contains(refusal.getValue());
      assertThat(problem.path("messageZh").asText()).isNotBlank();
      assertThat(problem.path("messageEn").asText()).isNotBlank();
    }
    assertThat(rows("credit_repair", code)).isZero();
    assertThat(rows("credit_repair_commitment", code)).isZero();
    assertThat(driver.reload(recordId).status()).isEqualTo(DishonestyStatus.ACTIVE);
    assertThat(filing.hasOpenRepair(recordId)).isFalse();

    // the text is given only for the subject's own record
    String other = driver.subject();
    HttpResponse<String> notTheirs = http.post("/api/repairs/letter", "portal",
        "{\"subjectCode\":\"" + other + "\",\"recordId\":" + recordId + "}");
    assertThat(notTheirs.statusCode()).as(notTheirs.body()).isEqualTo(404);
    assertThat(notTheirs.body()).contains("unknown-dishonesty-record").contains("messageZh");
    assertThat(http.post("/api/repairs/letter", "portal", "{\"subjectCode\":\"" + code + "\"}").statusCode())
        .isEqualTo(400);
  }

  @Test
  void theSignedRepairCommitmentIsPushedToTheCreditPlatformOnceWithoutHoldingUpTheReview() {
    String code = driver.subject();
    long recordId = driver.record(code);
    Repair r = file(code, recordId);
    assertThat(driver.task(r.processInstanceId(), RepairProcessTest.REVIEW)).as("the review never waits on the push")
        .isNotNull();

    driver.runJobs(r.processInstanceId());
    driver.runJobs(r.processInstanceId());

    List<Map<String, Object>> pushed = jdbc.queryForList("select record_type, reference, payload from"
        + " credit_pushed_record where idempotency_key = ?", r.repairNo() + ":commitment");
    assertThat(pushed).singleElement().satisfies(p -> {
      assertThat(p.get("record_type")).isEqualTo("REPAIR_COMMITMENT");
      assertThat(p.get("reference")).isEqualTo(r.repairNo());
      assertThat(cipher.decrypt(p.get("payload").toString())).contains("信用修复型").contains(r.commitment().textSha256())
          .contains("\"recordId\":" + recordId).contains("ONLINE");
    });
    assertThat(filing.find(r.repairNo()).commitment().pushedAt()).isNotNull();
  }

  @Test
  void theRepairCommitmentIsOnTheBoardWhileTheRepairIsOpenAndLeavesItWhenRefused() throws Exception {
    String code = driver.subject();
    long recordId = driver.record(code);
    Repair r = file(code, recordId);
    assertThat(board("?code=" + code).path("total").asLong()).as("public once the platform has it").isZero();
    driver.runJobs(r.processInstanceId());

    JsonNode page = board("?code=" + code);
    assertThat(page.path("total").asLong()).isEqualTo(1);
    JsonNode entry = page.path("items").get(0);
    assertThat(entry.path("kind").asText()).isEqualTo("COMMITMENT");
    assertThat(entry.path("category").asText()).isEqualTo("CREDIT_REPAIR");
    assertThat(entry.path("categoryLabel").asText()).isEqualTo("信用修复型");
    assertThat(entry.path("subjectName").asText()).isEqualTo(driver.registry.profile(code).name());
    assertThat(entry.path("title").asText()).contains("信用修复承诺").contains("#" + recordId);
    assertThat(entry.path("publicUntil").isNull()).as("in force until the repair is decided").isTrue();
    assertThat(board("?code=" + code + "&category=CREDIT_REPAIR").path("total").asLong()).isEqualTo(1);
    assertThat(board("?code=" + code + "&category=VOLUNTARY").path("total").asLong()).isZero();
    assertThat(board("?code=" + code + "&kind=LICENCE").path("total").asLong()).isZero();

    driver.complete(r.processInstanceId(), RepairProcessTest.REVIEW, "credit-office", Map.of("reviewResult", "COMPLETE"));
    driver.complete(r.processInstanceId(), RepairProcessTest.VERIFY, "credit-office", Map.of("repairDecision", "REFUSE",
        "refusalReason", "罚款尚未缴清"));

    assertThat(board("?code=" + code).path("total").asLong()).as("refused: no longer in force").isZero();
  }

  @Test
  void aGrantedRepairsCommitmentStaysOnTheBoardForItsValidityAndThenLeaves() throws Exception {
    String code = driver.subject();
    long recordId = driver.record(code);
    Repair r = file(code, recordId);
    driver.complete(r.processInstanceId(), RepairProcessTest.REVIEW, "credit-office", Map.of("reviewResult", "COMPLETE"));
    driver.complete(r.processInstanceId(), RepairProcessTest.VERIFY, "credit-office", Map.of("repairDecision", "APPROVE",
        "verificationOpinion", "已整改到位"));
    assertThat(driver.reload(recordId).status()).isEqualTo(DishonestyStatus.REPAIRED);
    LocalDate granted = filing.find(r.repairNo()).endedAt().atZoneSameInstant(ClockConfig.ZONE).toLocalDate();
    LocalDate lastDay = granted.plus(properties.commitmentValidity()).minusDays(1);

    JsonNode page = board("?code=" + code);
    assertThat(page.path("total").asLong()).isEqualTo(1);
    assertThat(page.path("items").get(0).path("publicUntil").asText()).isEqualTo(lastDay.toString());

    clock.setInstant(lastDay.atTime(23, 0).atZone(ClockConfig.ZONE).toInstant());
    assertThat(board("?code=" + code).path("total").asLong()).as("on its last day").isEqualTo(1);
    clock.advance(Duration.ofHours(2));
    assertThat(board("?code=" + code).path("total").asLong()).as("the day after").isZero();
    assertThat(properties.commitmentValidity()).isEqualTo(Period.ofYears(1));
  }

  @Test
  void aNaturalPersonsEmailIsStoredEncryptedWithSm4AndARowStoredInPlainTextIsEncryptedAtStart() {
    String id = TestCodes.residentId();
    String email = "p-" + id + "@example.test";
    driver.registry.createSubject(new NewSubject(id, SubjectType.NATURAL, "欧阳娜娜", email, "AA"));
    Repair r = file(id, driver.record(id));

    assertThat(storedEmail(r)).startsWith("enc1:SM4-GCM:").doesNotContain(email);
    assertThat(repairs.facts(r.repairNo()).orElseThrow().subjectEmail()).isEqualTo(email);

    // as the row was before e-mail addresses were encrypted
    jdbc.update("update credit_repair set subject_email = ? where repair_no = ?", email, r.repairNo());
    repairs.protectPersonalData();

    assertThat(storedEmail(r)).startsWith("enc1:SM4-GCM:").doesNotContain(email);
    assertThat(repairs.facts(r.repairNo()).orElseThrow().subjectEmail()).isEqualTo(email);
  }

  @Test
  void aNaturalPersonsIdNumberAndSignedTextAreStoredEncryptedTheirRepairsAreFoundByItAndPlainRowsAreEncryptedAtStart() {
    String id = driver.person();
    Repair r = file(id, driver.record(id));
    String text = r.commitment().text();
    assertThat(text).contains(id);

    assertThat(stored("credit_repair", "subject_code", r)).startsWith("enc1:SM4-GCM:").doesNotContain(id);
    assertThat(stored("credit_repair_commitment", "subject_code", r)).startsWith("enc1:SM4-GCM:").doesNotContain(id);
    assertThat(stored("credit_repair_commitment", "commitment_text", r)).startsWith("enc1:SM4-GCM:")
        .doesNotContain(id);
    assertThat(repairs.ofSubject(id)).singleElement().satisfies(found -> {
      assertThat(found.repairNo()).isEqualTo(r.repairNo());
      assertThat(found.subjectCode()).isEqualTo(id);
      assertThat(found.commitment().text()).isEqualTo(text);
    });

    // as the rows were before ID numbers were encrypted: plain, without an index
    jdbc.update("update credit_repair set subject_code = ?, subject_code_idx = null where repair_no = ?", id,
        r.repairNo());
    jdbc.update("update credit_repair_commitment set subject_code = ?, commitment_text = ? where repair_no = ?", id,
        text, r.repairNo());
    repairs.protectPersonalData();

    assertThat(stored("credit_repair", "subject_code", r)).startsWith("enc1:SM4-GCM:").doesNotContain(id);
    assertThat(stored("credit_repair_commitment", "subject_code", r)).startsWith("enc1:SM4-GCM:").doesNotContain(id);
    assertThat(stored("credit_repair_commitment", "commitment_text", r)).startsWith("enc1:SM4-GCM:")
        .doesNotContain(id);
    assertThat(repairs.ofSubject(id)).singleElement().satisfies(found -> {
      assertThat(found.repairNo()).isEqualTo(r.repairNo());
      assertThat(found.commitment().text()).isEqualTo(text);
      assertThat(found.commitment().textSha256()).isEqualTo(r.commitment().textSha256());
    });
  }

  private String stored(String table, String column, Repair r) {
    return jdbc.queryForObject("select " + column + " from " + table + " where repair_no = ?", String.class,
        r.repairNo());
  }

  private String storedEmail(Repair r) {
    return jdbc.queryForObject("select subject_email from credit_repair where repair_no = ?", String.class,
        r.repairNo());
  }

  @Test
  void aNaturalPersonsRepairCommitmentIsMaskedOnTheBoardAndInThePush() throws Exception {
    String id = TestCodes.residentId();
    driver.registry.createSubject(new NewSubject(id, SubjectType.NATURAL, "欧阳娜娜", "p-" + id + "@example.test", "AA"));
    long recordId = driver.record(id);
    Repair r = file(id, recordId);
    driver.runJobs(r.processInstanceId());

    HttpResponse<String> raw = http.get(BOARD + "?code=" + id, null);
    assertThat(raw.body()).doesNotContain(id).doesNotContain("娜娜");
    JsonNode entry = JSON.readTree(raw.body()).path("items").get(0);
    assertThat(entry.path("category").asText()).isEqualTo("CREDIT_REPAIR");
    assertThat(entry.path("subjectName").asText()).isEqualTo("欧阳**");
    assertThat(entry.path("subjectCode").asText()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
    String payload = cipher.decrypt(jdbc.queryForObject("select payload from credit_pushed_record where"
        + " idempotency_key = ?", String.class, r.repairNo() + ":commitment"));
    assertThat(payload).doesNotContain("娜娜").doesNotContain(id).contains("王**");
  }

  /**
   * A repair filed before the upgrade has the row the previous release wrote (the flag, no commitment) and a process
   * started with its variables: it reads, finishes, is neither pushed nor shown as a commitment.
   */
  @Test
  void aRepairFiledWithTheFlagBeforeTheUpgradeStillReadsAndFinishes() throws Exception {
    String code = driver.subject();
    long recordId = driver.record(code);
    String no = "XF" + System.nanoTime() % 100_000_000_000_000L;
    jdbc.update("insert into credit_repair (repair_no, subject_code, record_id, open_record_id, evidence,"
        + " obligations_fulfilled, fine_paid, repair_letter_signed, created_at, created_by)"
        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", no, code, recordId, recordId, "罚款缴纳凭证", true, true, true,
        java.time.OffsetDateTime.now(), "portal");
    Map<String, Object> v = new HashMap<>();
    v.put("repairNo", no);
    v.put("subjectCode", code);
    v.put("subjectCodeMasked", code);
    v.put("subjectName", driver.registry.profile(code).name());
    v.put("subjectEmail", "");
    v.put("recordId", recordId);
    v.put("recordSummary", driver.reload(recordId).summary());
    v.put("evidenceText", "罚款缴纳凭证");
    v.put("obligationsFulfilledText", "是");
    v.put("finePaidText", "是");
    v.put("repairLetterSignedText", "已签署");
    v.put("reviewDeadlineSpec", "2WD");
    v.put("reviewReminderSpec", "1WD");
    v.put("supplementDeadlineSpec", "5WD");
    String pid = driver.engine.getRuntimeService().startProcessInstanceByKey(RepairFiling.PROCESS_KEY, no, v).getId();
    jdbc.update("update credit_repair set process_instance_id = ? where repair_no = ?", pid, no);

    JsonNode read = JSON.readTree(http.get("/api/repairs/" + no, "auditor").body());
    assertThat(read.path("repairLetterSigned").asBoolean()).isTrue();
    assertThat(read.path("commitment").isNull()).isTrue();
    assertThat(board("?code=" + code).path("total").asLong()).isZero();

    driver.complete(pid, RepairProcessTest.REVIEW, "credit-office", Map.of("reviewResult", "COMPLETE"));
    driver.complete(pid, RepairProcessTest.VERIFY, "credit-office", Map.of("repairDecision", "APPROVE",
        "verificationOpinion", "已整改到位"));

    assertThat(driver.ended(pid)).isTrue();
    assertThat(filing.find(no).outcome()).isEqualTo("REPAIRED");
    assertThat(driver.reload(recordId).status()).isEqualTo(DishonestyStatus.REPAIRED);
    assertThat(jdbc.queryForObject("select count(*) from credit_pushed_record where idempotency_key = ?",
        Integer.class, no + ":commitment")).isZero();
    // a row written without the flag (as the filing now writes it) reads as signed: the migration's default
    assertThat(jdbc.queryForObject("select column_default is not null from information_schema.columns"
        + " where lower(table_name) = 'credit_repair' and lower(column_name) = 'repair_letter_signed'", Boolean.class))
        .isTrue();
  }
}
