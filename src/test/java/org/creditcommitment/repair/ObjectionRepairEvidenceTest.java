package org.creditcommitment.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.creditcommitment.evidence.EvidenceUploads.uploaded;
import static org.creditcommitment.evidence.EvidenceUploads.uploadedPdf;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.camunda.bpm.engine.task.Task;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.credit.DishonestyStatus;
import org.creditcommitment.evidence.EvidenceFiles;
import org.creditcommitment.evidence.EvidenceSamples;
import org.creditcommitment.objection.CreditFileDriver;
import org.creditcommitment.security.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Objections and repairs carry evidence files beside (or instead of) evidence named in text: attached to the record
 * in the filing's transaction, listed with it, linked on the handling officials' forms and in the timeline, read by
 * who reads the record; a file not the filer's refuses the whole filing, which then writes nothing.
 */
class ObjectionRepairEvidenceTest extends IntegrationTest {

  @Autowired CreditFileDriver driver;
  @Autowired JdbcTemplate jdbc;
  @Autowired EvidenceFiles evidence;

  private static String objection(String code, long recordId, String evidenceFiles) {
    return "{\"subjectCode\":\"" + code + "\",\"recordId\":" + recordId + ",\"reason\":\"处罚决定已撤销\""
        + (evidenceFiles == null ? "" : ",\"evidenceFiles\":[" + evidenceFiles + "]") + "}";
  }

  private static String no(HttpResponse<String> filed, String field) {
    return filed.body().replaceAll(".*\"" + field + "\":\"([^\"]+)\".*", "$1");
  }

  @Test
  void anObjectionsFilesAreListedWithItLinkedOnTheAnswerFormAndReadByTheProviderWhoAnswersIt() {
    String code = driver.subject();
    long recordId = driver.record(code);
    UUID decision = uploaded(http, "portal", "复议决定书.pdf", "application/pdf", EvidenceSamples.pdf());
    HttpResponse<String> filed = http.post("/api/objections", "portal", objection(code, recordId, "\"" + decision + "\""));
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    String objectionNo = no(filed, "objectionNo");

    String read = http.get("/api/objections/" + objectionNo, "credit-office").body();
    assertThat(read).contains("\"objectionNo\":\"" + objectionNo + "\"").contains("\"evidenceFiles\":[")
        .contains("复议决定书.pdf").contains("\"href\":\"/api/evidence/" + decision + "\"");
    Task answer = driver.engine.getTaskService().createTaskQuery().processInstanceBusinessKey(objectionNo)
        .singleResult();
    assertThat(String.valueOf(driver.engine.getFormService().getTaskFormVariables(answer.getId())
        .get("evidenceFileLinks"))).contains("[复议决定书.pdf](/api/evidence/" + decision + ")");
    assertThat(http.get("/api/evidence/" + decision, "provider").statusCode()).isEqualTo(200);
    assertThat(http.get("/api/evidence/" + decision, "approver").statusCode()).isEqualTo(404);
    assertThat(http.get("/api/cases/" + objectionNo + "/history", "auditor").body())
        .contains("提交证明材料文件（1 个）").contains("/api/evidence/" + decision);
  }

  @Test
  void theVerifyingUnitAddsItsOwnFilesToItsAnswerAndAFileNotItsOwnIsRefusedByTheGuard() {
    String code = driver.subject();
    long recordId = driver.record(code);
    HttpResponse<String> filed = http.post("/api/objections", "portal", objection(code, recordId, null));
    String objectionNo = no(filed, "objectionNo");
    String instance = no(filed, "processInstanceId");
    UUID portals = uploadedPdf(http, "portal");
    java.util.Map<String, Object> answer = new java.util.HashMap<>(java.util.Map.of("objectionDecision", "KEEP",
        "answerExplanation", "经核实，原记录无误", "answerEvidenceFiles", portals.toString()));
    assertThatThrownBy(() -> driver.complete(instance, "Task_AnswerObjection", "provider", answer))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("invalid-form-values"));
    assertThat(evidence.of("objection", objectionNo)).isEmpty();

    UUID check = uploaded(http, "provider", "核查记录.pdf", "application/pdf", EvidenceSamples.pdf());
    answer.put("answerEvidenceFiles", check.toString());
    driver.complete(instance, "Task_AnswerObjection", "provider", answer);
    assertThat(evidence.of("objection", objectionNo)).extracting(f -> f.id()).containsExactly(check);
    assertThat(http.get("/api/evidence/" + check, "credit-office").statusCode()).isEqualTo(200);
  }

  @Test
  void anObjectionNamingAFileOfAnotherLoginIsRefusedAndNothingIsFiled() {
    String code = driver.subject();
    long recordId = driver.record(code);
    UUID clerks = uploadedPdf(http, "clerk");
    HttpResponse<String> refused = http.post("/api/objections", "portal", objection(code, recordId,
        "\"" + clerks + "\""));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("unknown-evidence").contains("messageZh");
    assertThat(jdbc.queryForObject("select count(*) from credit_objection where subject_code = ?", Integer.class, code))
        .isZero();
    assertThat(driver.reload(recordId).status()).isEqualTo(DishonestyStatus.ACTIVE);
    assertThat(http.post("/api/objections", "portal", objection(code, recordId, "\"not-a-uuid\"")).statusCode())
        .isEqualTo(400);
  }

  @Test
  void anObjectionWithEvidenceNamedInTextOnlyStillShowsItsText() {
    String code = driver.subject();
    long recordId = driver.record(code);
    HttpResponse<String> filed = http.post("/api/objections", "portal", "{\"subjectCode\":\"" + code
        + "\",\"recordId\":" + recordId + ",\"reason\":\"处罚决定已撤销\",\"evidence\":[\"复议决定书 2026-001\"]}");
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    String read = http.get("/api/objections/" + no(filed, "objectionNo"), "credit-office").body();
    assertThat(read).contains("复议决定书 2026-001").contains("\"evidenceFiles\":[]");
  }

  @Test
  void aRepairMayProveItsObligationsWithFilesAloneAndTheyAreReadByTheCreditOffice() {
    String code = driver.subject();
    long recordId = driver.record(code);
    UUID receipt = uploaded(http, "portal", "罚款缴纳凭证.jpg", "image/jpeg", EvidenceSamples.jpeg());
    String body = driver.repairJson(code, recordId, true)
        .replace("\"evidence\":[\"罚款缴纳凭证\"]", "\"evidenceFiles\":[\"" + receipt + "\"]");
    HttpResponse<String> filed = http.post("/api/repairs", "portal", body);
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    String repairNo = no(filed, "repairNo");
    assertThat(http.get("/api/repairs/" + repairNo, "auditor").body()).contains("罚款缴纳凭证.jpg")
        .contains("\"href\":\"/api/evidence/" + receipt + "\"");
    assertThat(http.get("/api/evidence/" + receipt, "credit-office").statusCode()).isEqualTo(200);
    assertThat(http.get("/api/evidence/" + receipt, "provider").statusCode()).isEqualTo(404);
  }

  @Test
  void aRepairWithNeitherTextNorFilesIsABadRequest() {
    String code = driver.subject();
    long recordId = driver.record(code);
    String body = driver.repairJson(code, recordId, true).replace("\"evidence\":[\"罚款缴纳凭证\"],", "");
    HttpResponse<String> refused = http.post("/api/repairs", "portal", body);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(jdbc.queryForObject("select count(*) from credit_repair where subject_code = ?", Integer.class, code))
        .isZero();
  }
}
