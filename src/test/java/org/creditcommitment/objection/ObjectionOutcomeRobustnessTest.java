package org.creditcommitment.objection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.PersonalDataVariables;
import org.creditcommitment.credit.DishonestyStatus;
import org.creditcommitment.documents.DocumentLayouts;
import org.creditcommitment.documents.DocumentType;
import org.creditcommitment.documents.Documents;
import org.creditcommitment.documents.DocumentsProperties;
import org.creditcommitment.documents.IssuedDocument;
import org.creditcommitment.publicity.PublicityExpiry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * No text and no document can freeze an objection or lift a bar: text the documents cannot print is refused where it
 * is accepted, an answer commits whether or not its document can be laid out, and a record under objection keeps
 * its effect until the objection is decided.
 */
class ObjectionOutcomeRobustnessTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EMOJI = "\uD83D\uDE00";

  @Autowired CreditFileDriver driver;
  @Autowired ObjectionFiling filing;
  @Autowired Documents documents;
  @Autowired DocumentLayouts layouts;
  @Autowired DocumentsProperties documentsProperties;
  @Autowired PublicityExpiry publicity;
  @Autowired JdbcTemplate jdbc;

  private Path brokenTemplate;

  @AfterEach
  void repairTemplateAndClock() throws IOException {
    if (brokenTemplate != null) {
      Files.deleteIfExists(brokenTemplate);
    }
    clock.reset();
  }

  @Test
  void anAnswerWhoseRecordLeftThePlatformFailsWithoutTheResidentIdNumberInTheEnginesTables() {
    String person = driver.person();
    long recordId = driver.record(person);
    Objection o = file(person, recordId);
    // the record moves to another subject on the platform: the step applying the answer no longer finds it
    jdbc.update("update credit_dishonesty_record set subject_id = (select id from credit_subject where code = ?)"
        + " where id = ?", driver.subject(), recordId);
    try {
      driver.complete(o.processInstanceId(), "Task_AnswerObjection", "provider", Map.of("objectionDecision", "KEEP",
          "answerExplanation", "经核实，信息准确无误"));
    } catch (RuntimeException expected) {
      // the job failed, as the job executor would see it: its message is kept with the job
    }

    assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(o.processInstanceId())
        .withException().singleResult().getExceptionMessage()).contains(String.valueOf(recordId));
    assertThat(PersonalDataVariables.holding(processEngine, o.processInstanceId(), person)).isEmpty();
  }

  private Objection file(String code, long recordId) {
    return filing.file(new ObjectionRequest(code, recordId, "该处罚已被行政复议撤销", List.of("复议决定书")), "portal");
  }

  @Test
  void anObjectionReasonTheDocumentsCannotPrintIsRefusedNamingTheFieldAndTheCharacter() {
    String code = driver.subject();
    long record = driver.record(code);
    ObjectNode objection = JSON.createObjectNode().put("subjectCode", code).put("recordId", record)
        .put("reason", "记录有误" + EMOJI);
    objection.putArray("evidence").add("缴款凭证");

    HttpResponse<String> refused = http.post("/api/objections", "portal", objection.toString());

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("invalid-text", "reason", "U+1F600", "messageZh", "messageEn");
    assertThat(jdbc.queryForObject("select count(*) from credit_objection where subject_code = ?", Integer.class, code))
        .isZero();
    assertThat(driver.reload(record).status()).isEqualTo(DishonestyStatus.ACTIVE);
  }

  @Test
  void anOfficialsAnswerTheDocumentsCannotPrintIsA400AndTheTaskStaysOpen() {
    String code = driver.subject();
    Objection o = file(code, driver.record(code));
    String taskId = driver.task(o.processInstanceId(), ObjectionProcessTest.ANSWER).getId();

    HttpResponse<String> refused = http.post("/engine-rest/task/" + taskId + "/complete", "provider",
        "{\"variables\":{\"objectionDecision\":{\"value\":\"KEEP\"},"
            + "\"answerExplanation\":{\"value\":\"经核实无误" + EMOJI + "\"}}}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("answerExplanation", "U+1F600").doesNotContain("Exception:");
    assertThat(driver.task(o.processInstanceId(), ObjectionProcessTest.ANSWER)).isNotNull();
  }

  @Test
  void anAnswerCommitsEvenWhenItsDocumentCannotBeLaidOutWhichIsRetriedUntilItIs() throws IOException {
    String code = driver.subject();
    long recordId = driver.record(code);
    Objection o = file(code, recordId);
    breakTemplate("objection-result.html");

    driver.complete(o.processInstanceId(), ObjectionProcessTest.ANSWER, "provider", Map.of("objectionDecision",
        "REVOKE", "answerExplanation", "经核实，该记录认定错误，予以撤销"));

    assertThat(driver.ended(o.processInstanceId())).as("the answer is not rolled back").isTrue();
    assertThat(driver.reload(recordId).status()).isEqualTo(DishonestyStatus.REVOKED);
    IssuedDocument pending = documents.latest(o.objectionNo(), DocumentType.OBJECTION_RESULT).orElseThrow();
    assertThat(pending.laidOut()).isFalse();
    assertThat(pending.number()).as("numbered by the deciding step").isNotBlank();
    HttpResponse<String> verification = http.get("/public/api/documents/" + pending.verificationCode(), null);
    assertThat(verification.body()).contains("出具中");
    assertThat(http.get("/api/documents/" + pending.id() + "/pdf", "credit-office").statusCode()).isEqualTo(409);
    assertThat(jdbc.queryForObject("select render_error from issued_document where id = ?", String.class,
        pending.id())).isNotBlank();

    Files.delete(brokenTemplate);
    brokenTemplate = null;
    layouts.layOutDue();
    assertThat(documents.find(pending.id()).orElseThrow().laidOut()).as("not before its pause").isFalse();
    clock.advance(Duration.ofMinutes(2));
    layouts.layOutDue();

    IssuedDocument laidOut = documents.find(pending.id()).orElseThrow();
    assertThat(laidOut.laidOut()).isTrue();
    assertThat(laidOut.number()).isEqualTo(pending.number());
    assertThat(http.get("/api/documents/" + pending.id() + "/pdf", "credit-office").statusCode()).isEqualTo(200);
    assertThat(jdbc.queryForObject("select count(*) from audit_event where ref = ? and type = ?", Integer.class,
        o.objectionNo(), Documents.ISSUED_EVENT)).isEqualTo(1);
  }

  @Test
  void aRecordUnderObjectionStillBarsTheSubjectUntilTheObjectionIsDecided() {
    String code = driver.subject();
    long recordId = driver.record(code);
    Objection o = file(code, recordId);

    assertThat(driver.reload(recordId).status()).isEqualTo(DishonestyStatus.UNDER_OBJECTION);
    assertThat(driver.registry.profile(code).hasActiveDishonestyRecord()).as("still in force").isTrue();

    driver.complete(o.processInstanceId(), ObjectionProcessTest.ANSWER, "provider", Map.of("objectionDecision",
        "REVOKE", "answerExplanation", "经核实，该记录认定错误，予以撤销"));
    assertThat(driver.registry.profile(code).hasActiveDishonestyRecord()).as("lifted by the decision").isFalse();
  }

  @Test
  void aRecordUnderObjectionStillLeavesPublicityOnItsDateAndAKeptAnswerDoesNotBringItBack() {
    String code = driver.subject();
    LocalDate today = LocalDate.now(clock);
    long recordId = driver.record(code, today.minusYears(1), today.minusDays(1));
    Objection o = file(code, recordId);

    publicity.endPublicityBefore(today);
    assertThat(driver.reload(recordId).status()).isEqualTo(DishonestyStatus.EXPIRED);

    driver.complete(o.processInstanceId(), ObjectionProcessTest.ANSWER, "provider", Map.of("objectionDecision",
        "KEEP", "answerExplanation", "经核实，信息准确无误"));
    assertThat(driver.ended(o.processInstanceId())).isTrue();
    assertThat(driver.reload(recordId).status()).isEqualTo(DishonestyStatus.EXPIRED);
    assertThat(driver.registry.profile(code).hasActiveDishonestyRecord()).isFalse();
  }

  /** An operator's template that fails when laid out, in the folder whose files replace the built-in ones. */
  private void breakTemplate(String name) throws IOException {
    Files.createDirectories(documentsProperties.templateDir());
    brokenTemplate = documentsProperties.templateDir().resolve(name);
    Files.writeString(brokenTemplate, "<html><body><div th:insert=\"~{no-such-template :: nothing}\"></div></body></html>");
  }
}
