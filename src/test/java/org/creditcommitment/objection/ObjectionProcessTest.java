package org.creditcommitment.objection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.commitment.CaseRecord;
import org.creditcommitment.commitment.CaseScenarios;
import org.creditcommitment.credit.DishonestyRecord;
import org.creditcommitment.credit.DishonestyStatus;
import org.creditcommitment.deadline.DeadlineKinds;
import org.creditcommitment.deadline.DeadlineStatus;
import org.creditcommitment.supervision.KeySupervisionList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of credit-objection.bpmn, on the real engine, delegates, registry and embedded platform. */
class ObjectionProcessTest extends IntegrationTest {

  static final String ANSWER = "Task_AnswerObjection";
  static final String OVERDUE = "Task_HandleOverdueObjection";

  @Autowired CreditFileDriver driver;
  @Autowired ObjectionFiling filing;
  @Autowired JdbcTemplate jdbc;
  @Autowired CaseScenarios scenarios;
  @Autowired KeySupervisionList keySupervision;
  @Autowired Objections objections;
  @Autowired DeadlineKinds deadlineKinds;

  private Objection file(String code, long recordId) {
    return filing.file(new ObjectionRequest(code, recordId, "该处罚已被行政复议撤销", List.of("复议决定书 汕市监复〔2026〕3号")),
        "portal");
  }

  private int pushes(String key) {
    return jdbc.queryForObject("select count(*) from credit_pushed_record where idempotency_key = ?", Integer.class, key);
  }

  private void assertEnded(Objection o, String outcome) {
    assertThat(driver.ended(o.processInstanceId())).isTrue();
    assertThat(driver.historicVariable(o.processInstanceId(), "objectionOutcome")).isEqualTo(outcome);
    Objection row = filing.find(o.objectionNo());
    assertThat(row.outcome()).isEqualTo(outcome);
    assertThat(row.endedAt()).isNotNull();
    assertThat(pushes(o.objectionNo() + ":correction")).isEqualTo(1);
    assertThat(driver.mailTypes(o.objectionNo())).contains("OBJECTION_RECEIVED", "OBJECTION_ANSWERED");
    assertThat(driver.deadlines.list(o.objectionNo())).noneMatch(d -> d.status() == DeadlineStatus.SCHEDULED);
  }

  @Test
  void filingMarksTheRecordUnderObjectionAtOnceWithoutLiftingItsEffectAndGivesTheProviderTwoWorkingDays() {
    String code = driver.subject();
    long recordId = driver.record(code);
    Objection o = file(code, recordId);

    assertThat(o.objectionNo()).matches("YY\\d{8}\\d{6}");
    assertThat(driver.reload(recordId).status()).isEqualTo(DishonestyStatus.UNDER_OBJECTION);
    assertThat(driver.registry.profile(code).hasActiveDishonestyRecord()).isTrue();
    assertThat(driver.task(o.processInstanceId(), ANSWER)).isNotNull();
    assertThat(driver.engine.getTaskService().createTaskQuery().taskCandidateGroup("provider-scjg")
        .processInstanceId(o.processInstanceId()).count()).isEqualTo(1);
    assertThat(driver.deadlines.list(o.objectionNo())).singleElement()
        .satisfies(d -> assertThat(d.kind()).isEqualTo("objectionAnswer"));
    assertThat(driver.mailTypes(o.objectionNo())).containsExactly("OBJECTION_RECEIVED");
  }

  private List<String> candidateGroups(String processInstanceId, String key) {
    return driver.engine.getTaskService().getIdentityLinksForTask(driver.task(processInstanceId, key).getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(link -> link.getGroupId()).toList();
  }

  private Map<String, Object> routedEvent(String objectionNo) {
    return jdbc.queryForMap("select actor, details from audit_event where ref = ? and type = 'objection.routed'",
        objectionNo);
  }

  @Test
  void theAnswerTaskGoesToTheGroupOfTheUnitThatSuppliedTheRecordNotToEveryProvider() {
    String code = driver.subject();
    Objection o = file(code, driver.record(code, "汕尾市应急管理局"));

    assertThat(candidateGroups(o.processInstanceId(), ANSWER)).containsExactly("provider-yjj");
    assertThat(driver.engine.getFormService().getTaskFormVariables(driver.task(o.processInstanceId(), ANSWER).getId())
        .getValue("answerUnit", String.class)).isEqualTo("信息提供单位「汕尾市应急管理局」（provider-yjj）");
    assertThat(routedEvent(o.objectionNo()).get("details").toString()).contains("provider-yjj");
    // the reminder before the answer falls due goes to the same group
    assertThat(deadlineKinds.find("objectionAnswer").orElseThrow().reminded().groupFor(o.objectionNo()))
        .hasValue("provider-yjj");
    driver.complete(o.processInstanceId(), ANSWER, "provider", Map.of("objectionDecision", "KEEP",
        "answerExplanation", "经核实，信息准确无误"));
    assertEnded(o, "KEPT");
  }

  @Test
  void anObjectionToARecordOfAnUnmappedUnitFallsBackToTheCreditOfficeAndSaysSo() {
    String code = driver.subject();
    Objection o = file(code, driver.record(code, "汕尾市未配置单位"));

    assertThat(candidateGroups(o.processInstanceId(), ANSWER)).containsExactly("credit-office");
    assertThat(driver.engine.getFormService().getTaskFormVariables(driver.task(o.processInstanceId(), ANSWER).getId())
        .getValue("answerUnit", String.class)).contains("信用办").contains("汕尾市未配置单位").contains("未配置核实答复组");
    assertThat(routedEvent(o.objectionNo()).get("details").toString()).contains("未配置核实答复组")
        .contains("credit-office");
    assertThatThrownBy(() -> driver.complete(o.processInstanceId(), ANSWER, "provider", Map.of(
        "objectionDecision", "KEEP", "answerExplanation", "经核实，信息准确无误")))
        .isInstanceOf(ProcessEngineException.class);
    driver.complete(o.processInstanceId(), ANSWER, "credit-office", Map.of("objectionDecision", "KEEP",
        "answerExplanation", "经核实，信息准确无误"));
    assertEnded(o, "KEPT");
    assertThat(filing.find(o.objectionNo()).answeredBy()).isEqualTo("credit-office（信用办）");
  }

  @Test
  void theSubjectsEmailIsStoredEncryptedWithSm4AndARowStoredInPlainTextIsEncryptedAtStart() {
    String code = driver.subject();
    String email = "subject-" + code + "@example.test";
    Objection o = file(code, driver.record(code));

    assertThat(storedEmail(o)).startsWith("enc1:SM4-GCM:").doesNotContain(email);
    assertThat(objections.facts(o.objectionNo()).orElseThrow().subjectEmail()).isEqualTo(email);

    // as the row was before e-mail addresses were encrypted
    jdbc.update("update credit_objection set subject_email = ? where objection_no = ?", email, o.objectionNo());
    objections.protectPersonalData();

    assertThat(storedEmail(o)).startsWith("enc1:SM4-GCM:").doesNotContain(email);
    assertThat(objections.facts(o.objectionNo()).orElseThrow().subjectEmail()).isEqualTo(email);
  }

  @Test
  void aNaturalPersonsIdNumberIsStoredEncryptedTheirObjectionsAreFoundByItAndAPlainRowIsEncryptedAtStart() {
    String code = driver.person();
    Objection o = file(code, driver.record(code));

    assertThat(storedCode(o)).startsWith("enc1:SM4-GCM:").doesNotContain(code);
    assertThat(filing.find(o.objectionNo()).subjectCode()).isEqualTo(code);
    assertThat(objections.ofSubject(code)).extracting(Objection::objectionNo).containsExactly(o.objectionNo());

    // as the row was before ID numbers were encrypted: plain, without an index
    jdbc.update("update credit_objection set subject_code = ?, subject_code_idx = null where objection_no = ?", code,
        o.objectionNo());
    objections.protectPersonalData();

    assertThat(storedCode(o)).startsWith("enc1:SM4-GCM:").doesNotContain(code);
    assertThat(objections.ofSubject(code)).extracting(Objection::objectionNo).containsExactly(o.objectionNo());
    assertThat(filing.find(o.objectionNo()).subjectCode()).isEqualTo(code);
  }

  @Test
  void anOrganisationsCodeStaysReadableAndItsObjectionsAreFoundByTheIndex() {
    String code = driver.subject();
    Objection o = file(code, driver.record(code));

    assertThat(storedCode(o)).isEqualTo(code);
    assertThat(objections.ofSubject(code)).extracting(Objection::objectionNo).containsExactly(o.objectionNo());
  }

  private String storedCode(Objection o) {
    return jdbc.queryForObject("select subject_code from credit_objection where objection_no = ?", String.class,
        o.objectionNo());
  }

  private String storedEmail(Objection o) {
    return jdbc.queryForObject("select subject_email from credit_objection where objection_no = ?", String.class,
        o.objectionNo());
  }

  @Test
  void providerCorrectsTheRecordAndBeforeAndAfterAreKept() {
    String code = driver.subject();
    long recordId = driver.record(code);
    Objection o = file(code, recordId);
    LocalDate newEnd = LocalDate.now().plusMonths(6);

    driver.complete(o.processInstanceId(), ANSWER, "provider", Map.of("objectionDecision", "CORRECT",
        "correctedBasis", "未按承诺期限补齐容缺材料（已部分补齐）", "correctedPublicityEnd", newEnd.toString(),
        "correctedSourceUnit", "", "answerExplanation", "经核实，公示期限有误，予以更正"));

    DishonestyRecord record = driver.reload(recordId);
    assertThat(record.status()).isEqualTo(DishonestyStatus.ACTIVE);
    assertThat(record.basis()).isEqualTo("未按承诺期限补齐容缺材料（已部分补齐）");
    assertThat(record.publicityEnd()).isEqualTo(newEnd);
    assertThat(record.sourceUnit()).isEqualTo("汕尾市市场监督管理局");
    assertEnded(o, "CORRECTED");
    Objection row = filing.find(o.objectionNo());
    assertThat(row.recordBefore()).contains("\"status\":\"UNDER_OBJECTION\"").contains("\"basis\":\"未按承诺期限补齐容缺材料\"");
    assertThat(row.recordAfter()).contains("\"status\":\"ACTIVE\"").contains(newEnd.toString());
    assertThat(row.answeredBy()).startsWith("provider");
    assertThat(jdbc.queryForObject("select count(*) from audit_event where ref = ? and type = 'objection.answered'",
        Integer.class, o.objectionNo())).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from audit_event where ref = ? and type = ?", Integer.class, code,
        "credit.dishonesty-record-corrected")).isEqualTo(1);
  }

  @Test
  void providerRevokesTheRecordAndTheSubjectIsNoLongerBarred() {
    String code = driver.subject();
    long recordId = driver.record(code);
    Objection o = file(code, recordId);
    driver.complete(o.processInstanceId(), ANSWER, "provider", Map.of("objectionDecision", "REVOKE",
        "answerExplanation", "经核实，该记录认定错误，予以撤销"));

    assertThat(driver.reload(recordId).status()).isEqualTo(DishonestyStatus.REVOKED);
    assertThat(driver.registry.profile(code).hasActiveDishonestyRecord()).isFalse();
    assertEnded(o, "REVOKED");
    assertThat(driver.historicVariable(o.processInstanceId(), "punishedCaseFound")).isEqualTo(false);
  }

  @Test
  void providerKeepsTheRecordWhichIsBackInForce() {
    String code = driver.subject();
    long recordId = driver.record(code);
    Objection o = file(code, recordId);
    driver.complete(o.processInstanceId(), ANSWER, "provider", Map.of("objectionDecision", "KEEP",
        "answerExplanation", "经核实，信息准确无误"));

    assertThat(driver.reload(recordId).status()).isEqualTo(DishonestyStatus.ACTIVE);
    assertThat(driver.registry.profile(code).hasActiveDishonestyRecord()).isTrue();
    assertEnded(o, "KEPT");
    assertThat(driver.notifications.forCase(o.objectionNo()).stream()
        .filter(n -> n.type().name().equals("OBJECTION_ANSWERED")).findFirst().orElseThrow().body())
        .contains("经核实，维持原记录").contains("经核实，信息准确无误");
  }

  @Test
  void correctionWithoutAnyChangedFieldIsRefusedAndTheTaskStaysOpen() {
    String code = driver.subject();
    Objection o = file(code, driver.record(code));
    assertThatThrownBy(() -> driver.complete(o.processInstanceId(), ANSWER, "provider",
        Map.of("objectionDecision", "CORRECT", "answerExplanation", "更正")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("至少修改一项");
    assertThat(driver.task(o.processInstanceId(), ANSWER)).isNotNull();
  }

  @Test
  void missedAnswerDeadlineEscalatesToTheCreditOfficeWhoUrgesWhileTheProviderTaskStaysOpen() {
    String code = driver.subject();
    long recordId = driver.record(code);
    Objection o = file(code, recordId);
    driver.fireDeadline(o.objectionNo(), o.processInstanceId(), "objectionAnswer");

    assertThat(driver.task(o.processInstanceId(), ANSWER)).isNotNull();
    assertThat(driver.task(o.processInstanceId(), OVERDUE)).isNotNull();
    assertThat(driver.mailTypes(o.objectionNo())).contains("ESCALATION");
    // the answer was overdue: the deadline row says so (it fired), the process keeps no flag
    assertThat(driver.deadlines.list(o.objectionNo())).anyMatch(d -> d.kind().equals("objectionAnswer")
        && d.status() == DeadlineStatus.FIRED);

    driver.complete(o.processInstanceId(), OVERDUE, "credit-office", Map.of("escalationAction", "URGE",
        "escalationNote", "请于今日内答复"));
    assertThat(driver.task(o.processInstanceId(), ANSWER)).isNotNull();
    assertThat(driver.ended(o.processInstanceId())).isFalse();

    driver.complete(o.processInstanceId(), ANSWER, "provider", Map.of("objectionDecision", "KEEP",
        "answerExplanation", "经核实，信息准确无误"));
    assertEnded(o, "KEPT");
    assertThat(driver.reload(recordId).status()).isEqualTo(DishonestyStatus.ACTIVE);
  }

  @Test
  void creditOfficeMayAnswerAnOverdueObjectionInsteadAndTheProviderTaskIsWithdrawn() {
    String code = driver.subject();
    long recordId = driver.record(code);
    Objection o = file(code, recordId);
    driver.fireDeadline(o.objectionNo(), o.processInstanceId(), "objectionAnswer");
    driver.complete(o.processInstanceId(), OVERDUE, "credit-office", Map.of("escalationAction", "ANSWER",
        "objectionDecision", "REVOKE", "answerExplanation", "信息提供单位逾期未答复，经信用办核实予以撤销"));

    assertThat(driver.task(o.processInstanceId(), ANSWER)).isNull();
    assertThat(driver.reload(recordId).status()).isEqualTo(DishonestyStatus.REVOKED);
    assertEnded(o, "REVOKED");
    assertThat(filing.find(o.objectionNo()).answeredBy()).isEqualTo("credit-office（信用办）");
  }

  @Test
  void revokingTheBasisOfAPunishedCaseAsksTheCreditOfficeToReviewThatCase() {
    String code = driver.subject();
    long recordId = driver.record(code);
    String caseNo = punishedCaseBasedOn(code, recordId);
    Objection o = file(code, recordId);
    driver.complete(o.processInstanceId(), ANSWER, "provider", Map.of("objectionDecision", "REVOKE",
        "answerExplanation", "认定错误，予以撤销"));

    assertThat(driver.task(o.processInstanceId(), "Task_ReviewPunishedCase")).isNotNull();
    // the review's form shows the cases from the objection's row
    assertThat(driver.engine.getFormService().getTaskFormVariables(driver.task(o.processInstanceId(),
        "Task_ReviewPunishedCase").getId()).getValue("punishedCaseNos", Object.class)).isEqualTo(caseNo);
    assertThat(filing.find(o.objectionNo()).punishedCases()).isEqualTo(caseNo);
    driver.complete(o.processInstanceId(), "Task_ReviewPunishedCase", "credit-office", Map.of(
        "punishmentReviewResult", "MEASURES_LIFTED", "punishmentReviewNote", "已通知审批部门撤销惩戒措施"));
    assertEnded(o, "REVOKED");
  }

  @Test
  void liftingTheMeasuresOfAPunishmentWhoseRecordWasRevokedEndsItsKeySupervisionListing() {
    String code = scenarios.subject("AA");
    CaseRecord punished = scenarios.punished("SCJG-SP-001", code, "KEY_SUPERVISION");
    long recordId = Long.parseLong(keySupervision.find(punished.caseNo(), KeySupervisionList.Cause.PUNISHMENT)
        .orElseThrow().dishonestyRecordId());
    Objection o = file(code, recordId);
    driver.complete(o.processInstanceId(), ANSWER, "provider", Map.of("objectionDecision", "REVOKE",
        "answerExplanation", "认定错误，予以撤销"));
    assertThat(keySupervision.active(code)).as("listed until the credit office has reviewed").isPresent();

    driver.complete(o.processInstanceId(), "Task_ReviewPunishedCase", "credit-office", Map.of(
        "punishmentReviewResult", "MEASURES_LIFTED", "punishmentReviewNote", "已通知审批部门撤销惩戒措施"));
    assertEnded(o, "REVOKED");
    assertThat(keySupervision.active(code)).isEmpty();
    assertThat(keySupervision.find(punished.caseNo(), KeySupervisionList.Cause.PUNISHMENT).orElseThrow().endReason())
        .contains(o.objectionNo());
  }

  /**
   * A PUNISHED commitment case whose dishonesty record is this one, as the punishment step leaves the case record:
   * its end state and the record's id (as text).
   */
  private String punishedCaseBasedOn(String code, long recordId) {
    String caseNo = "XYTEST" + System.nanoTime();
    jdbc.update("insert into commitment_case (case_no, applicant_code, applicant_name, applicant_email, item_code,"
        + " department, commitment_type, end_state, created_at, created_by, punished_at, dishonesty_record_id)"
        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        caseNo, code, "测试企业", "x@example.test", "SCJG-SP-001", "scjg", "NOTIFY_COMMIT", "PUNISHED",
        OffsetDateTime.now(), "test", OffsetDateTime.now(), Long.toString(recordId));
    return caseNo;
  }
}
