package org.creditcommitment.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.creditcommitment.EarlierProcessModel;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.CreditProfile;
import org.creditcommitment.credit.DishonestyRecord;
import org.creditcommitment.credit.DishonestyStatus;
import org.creditcommitment.objection.CreditFileDriver;
import org.creditcommitment.system.SequenceNumbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Upgrade in place: a repair filed under the previous release (whose model copied the filing into process variables,
 * and whose row has none of the facts today's filing writes) keeps running on that model version and finishes under
 * today's code, which reads what its row lacks from its variables.
 */
class EarlierModelRepairsFinishTest extends IntegrationTest {

  private static final String EARLIER_MODEL = "models/credit-repair-before-case-record.xml";

  @Autowired CreditFileDriver driver;
  @Autowired RepositoryService repository;
  @Autowired CreditPlatform platform;
  @Autowired SequenceNumbers numbers;
  @Autowired RepairFiling filing;
  @Autowired JdbcTemplate jdbc;

  private EarlierProcessModel earlier;

  @BeforeEach
  void deployModel() {
    earlier = new EarlierProcessModel(repository, EARLIER_MODEL, "credit-repair.bpmn");
  }

  @AfterEach
  void removeModel() {
    earlier.close();
  }

  @Test
  void aRepairOfTheEarlierModelIsSupplementedVerifiedAndRepaired() {
    String code = driver.subject();
    long recordId = driver.record(code);
    Repair r = startUnderEarlierModel(code, recordId);
    assertThat(processEngine.getFormService().getTaskFormVariables(driver.task(r.processInstanceId(),
        "Task_InitialReview").getId()).get("recordSummary")).asString().contains("未按承诺期限补齐容缺材料");

    driver.complete(r.processInstanceId(), "Task_InitialReview", "credit-office", Map.of("reviewResult", "INCOMPLETE",
        "missingItems", "整改报告"));
    assertThat(driver.notifications.forCase(r.repairNo()).stream()
        .filter(n -> n.type().name().equals("REPAIR_SUPPLEMENT")).findFirst().orElseThrow().body()).contains("整改报告");
    filing.supplement(r.repairNo(), new RepairSupplement(List.of("整改报告（盖章）"), "已补正"));
    Map<String, Object> shown = processEngine.getFormService().getTaskFormVariables(driver.task(r.processInstanceId(),
        "Task_VerifyRepair").getId());
    assertThat(shown.get("supplementText")).isEqualTo("整改报告（盖章）");
    assertThat(shown.get("reviewOpinion")).isEqualTo("无");
    driver.complete(r.processInstanceId(), "Task_VerifyRepair", "credit-office", Map.of("repairDecision", "APPROVE",
        "verificationOpinion", "整改到位"));

    assertThat(driver.ended(r.processInstanceId())).isTrue();
    Repair row = filing.find(r.repairNo());
    assertThat(row.outcome()).isEqualTo("REPAIRED");
    assertThat(row.explanation()).contains("整改到位");
    assertThat(driver.reload(recordId).status()).isEqualTo(DishonestyStatus.REPAIRED);
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(r.processInstanceId()).singleResult().getProcessDefinitionId())
        .isEqualTo(earlier.definition().getId());
  }

  @Test
  void aRepairOfTheEarlierModelApprovedBeforeTheUpgradeIsAppliedWithTheOpinionInItsVariables() {
    String code = driver.subject();
    long recordId = driver.record(code);
    Repair r = startUnderEarlierModel(code, recordId);
    driver.complete(r.processInstanceId(), "Task_InitialReview", "credit-office", Map.of("reviewResult", "COMPLETE"));
    // verified under the previous release: the opinion is a variable, the platform not told yet
    processEngine.getTaskService().complete(driver.task(r.processInstanceId(), "Task_VerifyRepair").getId(),
        Map.of("repairDecision", "APPROVE", "verificationOpinion", "已履行行政处罚决定"));
    jdbc.update("update credit_repair set repair_decision = null, verification_opinion = null where repair_no = ?",
        r.repairNo());
    driver.runJobs(r.processInstanceId());

    assertThat(driver.ended(r.processInstanceId())).isTrue();
    Repair row = filing.find(r.repairNo());
    assertThat(row.outcome()).isEqualTo("REPAIRED");
    assertThat(row.explanation()).contains("已履行行政处罚决定");
  }

  @Test
  void aRepairOfTheEarlierModelRefusedEndsWithTheReasonOnItsRow() {
    String code = driver.subject();
    long recordId = driver.record(code);
    Repair r = startUnderEarlierModel(code, recordId);
    driver.complete(r.processInstanceId(), "Task_InitialReview", "credit-office", Map.of("reviewResult", "COMPLETE"));
    driver.complete(r.processInstanceId(), "Task_VerifyRepair", "credit-office", Map.of("repairDecision", "REFUSE",
        "refusalReason", "罚款尚未缴清"));

    assertThat(driver.ended(r.processInstanceId())).isTrue();
    Repair row = filing.find(r.repairNo());
    assertThat(row.outcome()).isEqualTo("REFUSED");
    assertThat(row.explanation()).isEqualTo("罚款尚未缴清");
    assertThat(driver.reload(recordId).status()).isEqualTo(DishonestyStatus.ACTIVE);
  }

  /** A repair as the previous release filed it: the row without today's facts, an instance with its variables. */
  private Repair startUnderEarlierModel(String code, long recordId) {
    DishonestyRecord record = platform.dishonestyRecord(code, recordId).orElseThrow();
    CreditProfile profile = platform.query(code);
    String no = numbers.next(RepairKeys.PREFIX, "repair_no_seq");
    jdbc.update("insert into credit_repair (repair_no, subject_code, record_id, open_record_id, evidence,"
        + " obligations_fulfilled, fine_paid, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", no, code,
        recordId, recordId, "罚款缴纳凭证", true, true, OffsetDateTime.now(clock), "portal");
    Map<String, Object> v = new HashMap<>();
    v.put("repairNo", no);
    v.put("subjectCode", code);
    v.put("subjectCodeMasked", code);
    v.put("subjectName", profile.name());
    v.put("subjectEmail", profile.email());
    v.put("recordId", record.id());
    v.put("recordSummary", record.summary());
    v.put("evidenceText", "罚款缴纳凭证");
    v.put("obligationsFulfilledText", "是");
    v.put("finePaidText", "是");
    v.put("repairLetterSignedText", "已签署信用修复承诺书（信用修复型），签署人 王法人，网上签署");
    v.put("reviewDeadlineSpec", "2WD");
    v.put("reviewReminderSpec", "1WD");
    v.put("supplementDeadlineSpec", "5WD");
    ProcessInstance instance = processEngine.getRuntimeService().startProcessInstanceById(
        earlier.definition().getId(), no, v);
    jdbc.update("update credit_repair set process_instance_id = ? where repair_no = ?", instance.getId(), no);
    driver.runJobs(instance.getId());
    return filing.find(no);
  }
}
