package org.creditcommitment.objection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.creditcommitment.EarlierProcessModel;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.PersonalDataVariables;
import org.creditcommitment.commitment.CaseRecord;
import org.creditcommitment.commitment.CaseScenarios;
import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.CreditProfile;
import org.creditcommitment.credit.DishonestyRecord;
import org.creditcommitment.credit.DishonestyStatus;
import org.creditcommitment.supervision.KeySupervisionList;
import org.creditcommitment.system.SequenceNumbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Upgrade in place: an objection filed under the previous release (whose model copied the filing into process
 * variables, and whose row has none of the facts today's filing writes) keeps running on that model version and
 * finishes under today's code, which reads what its row lacks from its variables.
 */
class EarlierModelObjectionsFinishTest extends IntegrationTest {

  private static final String EARLIER_MODEL = "models/credit-objection-before-case-record.xml";

  @Autowired CreditFileDriver driver;
  @Autowired RepositoryService repository;
  @Autowired CreditPlatform platform;
  @Autowired SequenceNumbers numbers;
  @Autowired ObjectionFiling filing;
  @Autowired JdbcTemplate jdbc;
  @Autowired CaseScenarios scenarios;
  @Autowired KeySupervisionList keySupervision;

  private EarlierProcessModel earlier;

  @BeforeEach
  void deployModel() {
    earlier = new EarlierProcessModel(repository, EARLIER_MODEL, "credit-objection.bpmn");
  }

  @AfterEach
  void removeModel() {
    earlier.close();
  }

  @Test
  void anObjectionOfTheEarlierModelShowsItsFormFromItsVariablesAndEndsCorrected() {
    String code = driver.subject();
    long recordId = driver.record(code);
    Objection o = startUnderEarlierModel(code, recordId);

    Map<String, Object> shown = processEngine.getFormService().getTaskFormVariables(
        driver.task(o.processInstanceId(), "Task_AnswerObjection").getId());
    assertThat(shown.get("recordSummary")).asString().contains("未按承诺期限补齐容缺材料");
    assertThat(shown.get("objectionReason")).isEqualTo("该处罚已被行政复议撤销");

    driver.complete(o.processInstanceId(), "Task_AnswerObjection", "provider", Map.of("objectionDecision", "CORRECT",
        "answerExplanation", "认定单位有误，予以更正", "correctedSourceUnit", "汕尾市城区市场监督管理局"));

    assertThat(driver.ended(o.processInstanceId())).isTrue();
    Objection row = filing.find(o.objectionNo());
    assertThat(row.outcome()).isEqualTo("CORRECTED");
    assertThat(row.endedAt()).isNotNull();
    assertThat(driver.reload(recordId).sourceUnit()).isEqualTo("汕尾市城区市场监督管理局");
    assertThat(driver.notifications.forCase(o.objectionNo()).stream()
        .filter(n -> n.type().name().equals("OBJECTION_ANSWERED")).findFirst().orElseThrow().body())
        .contains("已更正").contains("认定单位有误，予以更正");
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(o.processInstanceId()).singleResult().getProcessDefinitionId())
        .isEqualTo(earlier.definition().getId());
  }

  /**
   * The earlier model's instances are the ones that still hold the subject's code and e-mail as variables (in the
   * engine's runtime tables while they run and in its history after): what {@link PersonalDataVariables} finds here
   * it finds nowhere in a new objection ({@code ObjectionVariableBudgetTest}).
   */
  @Test
  void anObjectionOfTheEarlierModelStillHoldsTheSubjectsCodeAsAVariableWhichNewObjectionsDoNot() {
    String code = driver.subject();
    long recordId = driver.record(code);
    Objection o = startUnderEarlierModel(code, recordId);

    assertThat(PersonalDataVariables.namesOf(processEngine, o.processInstanceId()))
        .contains("subjectCode", "subjectEmail");
    assertThat(PersonalDataVariables.holding(processEngine, o.processInstanceId(), code)).isNotEmpty();
  }

  @Test
  void anObjectionOfTheEarlierModelAnsweredBeforeTheUpgradeIsAppliedFromItsVariables() {
    String code = driver.subject();
    long recordId = driver.record(code);
    Objection o = startUnderEarlierModel(code, recordId);
    // answered under the previous release: the answer and who gave it are variables, the platform not told yet
    String task = driver.task(o.processInstanceId(), "Task_AnswerObjection").getId();
    processEngine.getTaskService().complete(task, Map.of("objectionDecision", "REVOKE",
        "answerExplanation", "经核实，该记录认定错误，予以撤销"));
    processEngine.getRuntimeService().setVariable(o.processInstanceId(), "answeredBy", "provider（信息提供单位）");
    jdbc.update("update credit_objection set answer_decision = null, explanation = null, answered_by = null"
        + " where objection_no = ?", o.objectionNo());
    driver.runJobs(o.processInstanceId());

    assertThat(driver.ended(o.processInstanceId())).isTrue();
    Objection row = filing.find(o.objectionNo());
    assertThat(row.outcome()).isEqualTo("REVOKED");
    assertThat(row.answeredBy()).isEqualTo("provider（信息提供单位）");
    assertThat(driver.reload(recordId).status()).isEqualTo(DishonestyStatus.REVOKED);
  }

  @Test
  void anObjectionOfTheEarlierModelWhoseReviewLiftedTheMeasuresEndsTheKeySupervisionListing() {
    String code = scenarios.subject("AA");
    CaseRecord punished = scenarios.punished("SCJG-SP-001", code, "KEY_SUPERVISION");
    long recordId = Long.parseLong(keySupervision.find(punished.caseNo(), KeySupervisionList.Cause.PUNISHMENT)
        .orElseThrow().dishonestyRecordId());
    Objection o = startUnderEarlierModel(code, recordId);
    driver.complete(o.processInstanceId(), "Task_AnswerObjection", "provider", Map.of("objectionDecision", "REVOKE",
        "answerExplanation", "认定错误，予以撤销"));
    assertThat(processEngine.getFormService().getTaskFormVariables(driver.task(o.processInstanceId(),
        "Task_ReviewPunishedCase").getId()).get("punishedCaseNos")).isEqualTo(punished.caseNo());

    // the earlier model has no listener on the review: its end reads the conclusion from the variable
    driver.complete(o.processInstanceId(), "Task_ReviewPunishedCase", "credit-office", Map.of(
        "punishmentReviewResult", "MEASURES_LIFTED", "punishmentReviewNote", "已通知审批部门撤销惩戒措施"));
    assertThat(driver.ended(o.processInstanceId())).isTrue();
    assertThat(keySupervision.active(code)).isEmpty();
  }

  /** An objection as the previous release filed it: the row without today's facts, an instance with its variables. */
  private Objection startUnderEarlierModel(String code, long recordId) {
    DishonestyRecord record = platform.dishonestyRecord(code, recordId).orElseThrow();
    CreditProfile profile = platform.query(code);
    String no = numbers.next(ObjectionKeys.PREFIX, "objection_no_seq");
    jdbc.update("insert into credit_objection (objection_no, subject_code, record_id, open_record_id, reason, evidence,"
        + " created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?)", no, code, recordId, recordId,
        "该处罚已被行政复议撤销", "复议决定书", OffsetDateTime.now(clock), "portal");
    Map<String, Object> v = new HashMap<>();
    v.put("objectionNo", no);
    v.put("subjectCode", code);
    v.put("subjectCodeMasked", code);
    v.put("subjectName", profile.name());
    v.put("subjectEmail", profile.email());
    v.put("recordId", record.id());
    v.put("recordSummary", record.summary());
    v.put("recordSourceUnit", record.sourceUnit());
    v.put("recordBasis", record.basis());
    v.put("recordDomain", record.domain() == null ? "" : record.domain());
    v.put("recordPublicityStart", record.publicityStart().toString());
    v.put("recordPublicityEnd", record.publicityEnd().toString());
    v.put("objectionReason", "该处罚已被行政复议撤销");
    v.put("evidenceText", ObjectionFiling.evidenceText(List.of("复议决定书")));
    v.put("answerDeadlineSpec", "2WD");
    v.put("answerReminderSpec", "1WD");
    ProcessInstance instance = processEngine.getRuntimeService().startProcessInstanceById(
        earlier.definition().getId(), no, v);
    jdbc.update("update credit_objection set process_instance_id = ? where objection_no = ?", instance.getId(), no);
    platform.markUnderObjection(code, recordId, no);
    return filing.find(no);
  }
}
