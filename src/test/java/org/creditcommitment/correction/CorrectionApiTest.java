package org.creditcommitment.correction;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.PersonalDataVariables;
import org.creditcommitment.TestOfficials;
import org.creditcommitment.credit.DishonestyRecord;
import org.creditcommitment.credit.DishonestyStatus;
import org.creditcommitment.deadline.DeadlineStatus;
import org.creditcommitment.documents.Documents;
import org.creditcommitment.documents.IssuedPdfs;
import org.creditcommitment.evidence.EvidenceUploads;
import org.creditcommitment.objection.CreditFileDriver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Corrections by data providers (2023年汕尾市社会信用体系建设工作要点（征求意见稿） 一（二）: 发现报送的信息有误、有变的，2个工作日内
 * 提供书面说明和证明材料): the unit that supplied a record asks with an explanation and evidence, the credit office confirms
 * within 2 working days (reminded, then escalated), the record is corrected on the platform, the subject is told and
 * the correction is in the history and the credit report; a refusal changes nothing and tells the unit why.
 */
class CorrectionApiTest extends IntegrationTest {

  private static final String OTHER_UNIT = "wang-wsjk-provider";

  @Autowired CreditFileDriver credit;
  @Autowired JdbcTemplate jdbc;
  @Autowired Documents documents;
  @Autowired Corrections corrections;
  private final ObjectMapper json = new ObjectMapper();

  private static String body(String code, long recordId, String changes) {
    return "{\"subjectCode\":\"" + code + "\",\"recordId\":" + recordId
        + ",\"explanation\":\"录入时将失信行为依据写错，现提供书面说明\",\"evidence\":[\"汕市监函〔2026〕12号\"]" + changes + "}";
  }

  private JsonNode file(String code, long recordId, String changes) throws Exception {
    HttpResponse<String> response = http.post("/api/corrections", "provider", body(code, recordId, changes));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json.readTree(response.body());
  }

  private HttpResponse<String> answer(String no, String answerJson) {
    return http.post("/api/corrections/" + no + "/answer", "credit-office", answerJson);
  }

  private int rowsFor(long recordId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM record_correction WHERE record_id = ?", Integer.class, recordId);
  }

  @Test
  void aCorrectionTheCreditOfficeConfirmsCorrectsTheRecordTellsTheSubjectAndIsInTheHistoryAndTheCreditReport()
      throws Exception {
    String code = credit.subject();
    long recordId = credit.record(code);
    JsonNode filed = file(code, recordId, ",\"basis\":\"未按承诺期限补齐容缺材料（更正后）\",\"publicityEnd\":\""
        + LocalDate.now().plusMonths(6) + "\"");
    String no = filed.get("correctionNo").asText();
    String instance = filed.get("processInstanceId").asText();
    assertThat(no).startsWith("GZ");
    assertThat(filed.get("status").asText()).isEqualTo("PENDING");
    assertThat(credit.deadlines.list(no)).anySatisfy(d -> {
      assertThat(d.kind()).isEqualTo("correctionConfirmation");
      assertThat(d.status()).isEqualTo(DeadlineStatus.SCHEDULED);
    });
    // nothing changes on the platform before the credit office confirms
    assertThat(credit.reload(recordId).basis()).isEqualTo("未按承诺期限补齐容缺材料");

    HttpResponse<String> confirmed = answer(no, "{\"confirm\":true,\"reason\":\"经核，说明和材料属实\"}");
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
    credit.runJobs(instance);

    DishonestyRecord record = credit.reload(recordId);
    assertThat(record.basis()).isEqualTo("未按承诺期限补齐容缺材料（更正后）");
    assertThat(record.publicityEnd()).isEqualTo(LocalDate.now().plusMonths(6));
    assertThat(record.status()).isEqualTo(DishonestyStatus.ACTIVE);
    assertThat(credit.ended(instance)).isTrue();
    assertThat(credit.mailTypes(no)).contains("RECORD_CORRECTED", "CORRECTION_ANSWERED");
    JsonNode read = json.readTree(http.get("/api/corrections/" + no, "auditor").body());
    assertThat(read.get("status").asText()).isEqualTo("CONFIRMED");
    assertThat(read.get("recordBefore").asText()).contains("未按承诺期限补齐容缺材料");
    assertThat(read.get("appliedAt").isNull()).isFalse();

    HttpResponse<String> history = http.get("/api/cases/" + no + "/history", "auditor");
    assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
    assertThat(history.body()).contains("信息提供单位申请更正", "信用办答复更正申请", "更正已推送信用平台",
        "汕市监函〔2026〕12号");

    HttpResponse<String> report = http.post("/api/subjects/" + code + "/credit-reports", "clerk", "{}");
    assertThat(report.statusCode()).as(report.body()).isEqualTo(201);
    String text = IssuedPdfs.text(documents, documents.find(json.readTree(report.body()).get("id").asLong())
        .orElseThrow());
    assertThat(text).contains("八、信息更正情况", no, "已确认更正");
  }

  @Test
  void theCreditOfficeIsToldOfAFiledCorrectionAtOnceWithTheUnitsExplanation() throws Exception {
    String code = credit.subject();
    long recordId = credit.record(code);
    String no = file(code, recordId, ",\"revoke\":true").get("correctionNo").asText();

    assertThat(credit.mailTypes(no)).containsExactly("CORRECTION_FILED");
    var mail = credit.notifications.forCase(no).get(0);
    assertThat(mail.subject()).contains("信息更正申请待确认", no);
    assertThat(mail.body()).contains("2个工作日内", "/api/corrections/" + no + "/answer");
  }

  @Test
  void theCreditOfficeListsTheCorrectionsWaitingForItsAnswerAndAnotherUnitDoesNotSeeThem() throws Exception {
    TestOfficials.ensure(processEngine.getIdentityService(), OTHER_UNIT, "provider", "provider-wsjk");
    String code = credit.subject();
    long recordId = credit.record(code);
    String no = file(code, recordId, ",\"revoke\":true").get("correctionNo").asText();

    assertThat(waitingFor("credit-office")).contains(no);
    assertThat(waitingFor("auditor")).contains(no);
    assertThat(waitingFor("provider")).contains(no);
    assertThat(waitingFor(OTHER_UNIT)).doesNotContain(no);
    assertThat(http.get("/api/corrections", "clerk").statusCode()).isEqualTo(403);

    assertThat(answer(no, "{\"confirm\":false,\"reason\":\"证明材料不足\"}").statusCode()).isEqualTo(200);
    assertThat(waitingFor("credit-office")).doesNotContain(no);
  }

  private List<String> waitingFor(String user) throws Exception {
    HttpResponse<String> list = http.get("/api/corrections", user);
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    List<String> numbers = new java.util.ArrayList<>();
    json.readTree(list.body()).forEach(c -> numbers.add(c.get("correctionNo").asText()));
    return numbers;
  }

  @Test
  void aRefusedCorrectionLeavesTheRecordAsItWasAndTellsTheUnitWhy() throws Exception {
    String code = credit.subject();
    long recordId = credit.record(code);
    JsonNode filed = file(code, recordId, ",\"revoke\":true");
    String no = filed.get("correctionNo").asText();

    HttpResponse<String> refused = answer(no, "{\"confirm\":false,\"reason\":\"证明材料不能证明处罚决定已撤销\"}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(200);
    credit.runJobs(filed.get("processInstanceId").asText());

    assertThat(credit.reload(recordId).status()).isEqualTo(DishonestyStatus.ACTIVE);
    assertThat(credit.mailTypes(no)).containsExactly("CORRECTION_FILED", "CORRECTION_ANSWERED");
    assertThat(credit.notifications.forCase(no).get(1).body()).contains("未予确认", "证明材料不能证明处罚决定已撤销");
    // the record is free again: the unit may ask anew with better evidence
    assertThat(file(code, recordId, ",\"revoke\":true").get("status").asText()).isEqualTo("PENDING");
  }

  @Test
  void aConfirmedWithdrawalRevokesTheRecord() throws Exception {
    String code = credit.subject();
    long recordId = credit.record(code);
    JsonNode filed = file(code, recordId, ",\"revoke\":true");
    assertThat(answer(filed.get("correctionNo").asText(), "{\"confirm\":true}").statusCode()).isEqualTo(200);
    credit.runJobs(filed.get("processInstanceId").asText());
    assertThat(credit.reload(recordId).status()).isEqualTo(DishonestyStatus.REVOKED);
  }

  @Test
  void aRecordFiledUnderAWrongCodeIsMovedToTheSubjectItBelongsTo() throws Exception {
    String wrong = credit.subject();
    String right = credit.subject();
    long recordId = credit.record(wrong);
    JsonNode filed = file(wrong, recordId, ",\"subjectCodeCorrected\":\"" + right + "\"");
    assertThat(answer(filed.get("correctionNo").asText(), "{\"confirm\":true}").statusCode()).isEqualTo(200);
    credit.runJobs(filed.get("processInstanceId").asText());
    assertThat(credit.reload(recordId).subjectCode()).isEqualTo(right);
  }

  @Test
  void aRecordFiledUnderAWrongResidentIdNumberIsMovedToThePersonItBelongsTo() throws Exception {
    String wrong = credit.person();
    String right = credit.person();
    long recordId = credit.record(wrong);
    JsonNode filed = file(wrong, recordId, ",\"subjectCodeCorrected\":\"" + right + "\"");
    assertThat(answer(filed.get("correctionNo").asText(), "{\"confirm\":true}").statusCode()).isEqualTo(200);
    credit.runJobs(filed.get("processInstanceId").asText());
    assertThat(credit.reload(recordId).subjectCode()).isEqualTo(right);
    assertThat(credit.registry.profile(wrong).dishonestyRecords()).isEmpty();
    assertThat(credit.registry.profile(right).dishonestyRecords()).extracting(r -> r.id()).containsExactly(recordId);
  }

  @Test
  void aCorrectionsProcessKeepsNoResidentIdNumberConfirmedOrRefused() throws Exception {
    for (boolean confirm : new boolean[] {true, false}) {
      String wrong = credit.person();
      String right = credit.person();
      long recordId = credit.record(wrong);
      JsonNode filed = file(wrong, recordId, ",\"subjectCodeCorrected\":\"" + right + "\"");
      String pid = filed.get("processInstanceId").asText();
      assertThat(PersonalDataVariables.holding(processEngine, pid, wrong, right)).as("running").isEmpty();
      assertThat(answer(filed.get("correctionNo").asText(), confirm ? "{\"confirm\":true}"
          : "{\"confirm\":false,\"reason\":\"证明材料不足\"}").statusCode()).isEqualTo(200);
      credit.runJobs(pid);

      assertThat(credit.ended(pid)).as("confirmed " + confirm).isTrue();
      // both codes are on the correction's row (encrypted); the engine's tables and history hold neither
      assertThat(PersonalDataVariables.namesOf(processEngine, pid)).isEmpty();
      assertThat(PersonalDataVariables.holding(processEngine, pid, wrong, right)).as("confirmed " + confirm).isEmpty();
    }
  }

  @Test
  void aCorrectionWhoseRecordLeftThePlatformFailsWithoutTheResidentIdNumberInTheEnginesTables() throws Exception {
    String person = credit.person();
    long recordId = credit.record(person);
    JsonNode filed = file(person, recordId, ",\"revoke\":true");
    String pid = filed.get("processInstanceId").asText();
    // the record moves to another subject on the platform: the step applying the correction no longer finds it
    String other = credit.subject();
    jdbc.update("update credit_dishonesty_record set subject_id = (select id from credit_subject where code = ?)"
        + " where id = ?", other, recordId);
    assertThat(answer(filed.get("correctionNo").asText(), "{\"confirm\":true}").statusCode()).isEqualTo(200);
    var job = processEngine.getManagementService().createJobQuery().processInstanceId(pid).singleResult();
    try {
      processEngine.getManagementService().executeJob(job.getId());
    } catch (RuntimeException expected) {
      // the job failed, as the job executor would see it: its message is kept with the job
    }

    assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(pid).singleResult()
        .getExceptionMessage()).contains(String.valueOf(recordId));
    assertThat(PersonalDataVariables.holding(processEngine, pid, person)).isEmpty();
  }

  @Test
  void aUnitMayCorrectOnlyTheRecordsItSuppliedAndReadsOnlyItsOwnCorrections() throws Exception {
    TestOfficials.ensure(processEngine.getIdentityService(), OTHER_UNIT, "provider", "provider-wsjk");
    String code = credit.subject();
    long recordId = credit.record(code); // supplied by 汕尾市市场监督管理局 (provider-scjg)

    HttpResponse<String> refused = http.post("/api/corrections", OTHER_UNIT, body(code, recordId, ",\"revoke\":true"));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(refused.body()).contains("not-the-supplying-unit", "messageZh", "messageEn");
    // a unit without a group of its own cannot correct either: nobody speaks for it
    long unmapped = credit.record(code, "某县未配置单位");
    assertThat(http.post("/api/corrections", "provider", body(code, unmapped, ",\"revoke\":true")).statusCode())
        .isEqualTo(403);
    assertThat(rowsFor(recordId) + rowsFor(unmapped)).isZero();
    // only the credit office answers; another unit does not even see the correction
    String no = file(code, recordId, ",\"revoke\":true").get("correctionNo").asText();
    assertThat(http.post("/api/corrections/" + no + "/answer", "provider", "{\"confirm\":true}").statusCode())
        .isEqualTo(403);
    assertThat(http.get("/api/corrections/" + no, OTHER_UNIT).statusCode()).isEqualTo(404);
    assertThat(http.post("/api/corrections", "clerk", body(code, recordId, ",\"revoke\":true")).statusCode())
        .isEqualTo(403);
  }

  @Test
  void badInputIsRefusedInChineseAndEnglishAndWritesNothing() throws Exception {
    String code = credit.subject();
    long recordId = credit.record(code);
    String noEvidence = "{\"subjectCode\":\"" + code + "\",\"recordId\":" + recordId
        + ",\"explanation\":\"说明\",\"revoke\":true}";
    assertProblem(http.post("/api/corrections", "provider", noEvidence), 400, "correction-evidence-required");
    assertProblem(http.post("/api/corrections", "provider", body(code, recordId, "")), 400,
        "correction-changes-nothing");
    assertProblem(http.post("/api/corrections", "provider", body(code, recordId, ",\"publicityEnd\":\""
        + LocalDate.now().minusYears(1) + "\"")), 400, "publicity-period-invalid");
    assertProblem(http.post("/api/corrections", "provider", body(code, recordId, ",\"subjectCodeCorrected\":\""
        + code + "\"")), 400, "correction-same-code");
    assertProblem(http.post("/api/corrections", "provider", body(code, recordId + 100000, ",\"revoke\":true")), 404,
        "unknown-dishonesty-record");
    HttpResponse<String> noExplanation = http.post("/api/corrections", "provider", "{\"subjectCode\":\"" + code
        + "\",\"recordId\":" + recordId + ",\"evidence\":[\"函\"],\"revoke\":true}");
    assertThat(noExplanation.statusCode()).isEqualTo(400);
    assertThat(rowsFor(recordId)).isZero();

    JsonNode filed = file(code, recordId, ",\"revoke\":true");
    String no = filed.get("correctionNo").asText();
    assertProblem(http.post("/api/corrections", "provider", body(code, recordId, ",\"revoke\":true")), 409,
        "record-under-correction");
    assertProblem(answer(no, "{\"confirm\":false}"), 400, "refusal-reason-required");
    assertThat(json.readTree(http.get("/api/corrections/" + no, "credit-office").body()).get("status").asText())
        .isEqualTo("PENDING");
    assertThat(answer(no, "{\"confirm\":true}").statusCode()).isEqualTo(200);
    assertProblem(answer(no, "{\"confirm\":false,\"reason\":\"再答一次\"}"), 409, "correction-answered");
    assertThat(rowsFor(recordId)).isEqualTo(1);
  }

  @Test
  void theCreditOfficeIsToldAgainWhenItLetsTheTwoWorkingDaysPassAndMayStillAnswer() throws Exception {
    String code = credit.subject();
    long recordId = credit.record(code);
    JsonNode filed = file(code, recordId, ",\"domain\":\"市场监管\"");
    String no = filed.get("correctionNo").asText();
    String instance = filed.get("processInstanceId").asText();

    credit.fireDeadline(no, instance, "correctionConfirmation");

    assertThat(credit.mailTypes(no)).contains("ESCALATION");
    assertThat(credit.ended(instance)).isFalse();
    assertThat(answer(no, "{\"confirm\":true}").statusCode()).isEqualTo(200);
    credit.runJobs(instance);
    assertThat(credit.reload(recordId).domain()).isEqualTo("市场监管");
    assertThat(credit.ended(instance)).isTrue();
  }

  @Test
  void aCorrectionCarriesEvidenceFilesReadByItsUnitAndTheCreditOfficeButNotByAnotherUnit() throws Exception {
    TestOfficials.ensure(processEngine.getIdentityService(), OTHER_UNIT, "provider", "provider-wsjk");
    String code = credit.subject();
    long recordId = credit.record(code);
    UUID file = EvidenceUploads.uploadedPdf(http, "provider");
    HttpResponse<String> filed = http.post("/api/corrections", "provider", "{\"subjectCode\":\"" + code
        + "\",\"recordId\":" + recordId + ",\"explanation\":\"处罚决定已被复议撤销\",\"evidenceFiles\":[\"" + file
        + "\"],\"revoke\":true}");
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    JsonNode correction = json.readTree(filed.body());
    String no = correction.get("correctionNo").asText();
    assertThat(correction.get("evidenceFiles").get(0).get("id").asText()).isEqualTo(file.toString());
    assertThat(correction.get("evidenceFiles").get(0).get("sha256").asText()).hasSize(64);

    assertThat(http.get("/api/evidence/" + file, "credit-office").statusCode()).isEqualTo(200);
    assertThat(http.get("/api/evidence/" + file, "auditor").statusCode()).isEqualTo(200);
    assertThat(http.get("/api/evidence/" + file, OTHER_UNIT).statusCode()).isEqualTo(404);
    assertThat(http.get("/api/cases/" + no + "/history", "auditor").body()).contains("证明.pdf");

    // a file someone else uploaded cannot be attached: the filing is refused and nothing is written
    long other = credit.record(code);
    UUID notTheirs = EvidenceUploads.uploadedPdf(http, "credit-office");
    HttpResponse<String> refused = http.post("/api/corrections", "provider", "{\"subjectCode\":\"" + code
        + "\",\"recordId\":" + other + ",\"explanation\":\"说明\",\"evidenceFiles\":[\"" + notTheirs
        + "\"],\"revoke\":true}");
    assertThat(refused.statusCode()).as(refused.body()).isBetween(400, 499);
    assertThat(refused.body()).contains("messageZh", "messageEn");
    assertThat(rowsFor(other)).isZero();
  }

  private void assertProblem(HttpResponse<String> response, int status, String code) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.get("code").asText()).isEqualTo(code);
    assertThat(problem.get("messageZh").asText()).isNotBlank();
    assertThat(problem.get("messageEn").asText()).isNotBlank();
  }

  @Test
  void aNaturalPersonsIdNumbersAndTheRecordBeforeAndAfterAreStoredEncryptedFoundByTheSubjectAndEncryptedAtStart()
      throws Exception {
    String id = credit.person();
    String right = credit.person();
    long recordId = credit.record(id);
    String no = file(id, recordId, ",\"subjectCodeCorrected\":\"" + right + "\"").get("correctionNo").asText();

    assertThat(stored(no, "subject_code")).startsWith("enc1:SM4-GCM:").doesNotContain(id);
    assertThat(stored(no, "corrected_subject_code")).startsWith("enc1:SM4-GCM:").doesNotContain(right);
    assertThat(corrections.ofSubject(id)).extracting(Correction::correctionNo).containsExactly(no);
    assertThat(corrections.ofSubject(right)).extracting(Correction::correctionNo).containsExactly(no);
    assertThat(corrections.require(no).subjectCode()).isEqualTo(id);

    HttpResponse<String> confirmed = answer(no, "{\"confirm\":true,\"reason\":\"经核，代码录错\"}");
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
    credit.runJobs(corrections.require(no).processInstanceId());
    assertThat(stored(no, "record_before")).startsWith("enc1:SM4-GCM:").doesNotContain(id);
    assertThat(stored(no, "record_after")).startsWith("enc1:SM4-GCM:").doesNotContain(right);
    String before = corrections.require(no).recordBefore();
    assertThat(before).contains(id);
    assertThat(json.readTree(http.get("/api/corrections/" + no, "auditor").body()).get("recordBefore").asText())
        .contains("未按承诺期限补齐容缺材料");

    // as the row was before ID numbers were encrypted: plain, without indexes
    jdbc.update("UPDATE record_correction SET subject_code = ?, subject_code_idx = NULL, corrected_subject_code = ?,"
        + " corrected_subject_code_idx = NULL, record_before = ? WHERE correction_no = ?", id, right, before, no);
    corrections.protectPersonalData();

    assertThat(stored(no, "subject_code")).startsWith("enc1:SM4-GCM:").doesNotContain(id);
    assertThat(stored(no, "corrected_subject_code")).startsWith("enc1:SM4-GCM:").doesNotContain(right);
    assertThat(stored(no, "record_before")).startsWith("enc1:SM4-GCM:").doesNotContain(id);
    assertThat(corrections.ofSubject(id)).extracting(Correction::correctionNo).containsExactly(no);
    assertThat(corrections.ofSubject(right)).extracting(Correction::correctionNo).containsExactly(no);
    assertThat(corrections.require(no).recordBefore()).isEqualTo(before);
  }

  private String stored(String no, String column) {
    return jdbc.queryForObject("SELECT " + column + " FROM record_correction WHERE correction_no = ?", String.class, no);
  }
}
