package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.catalogue.LetterTemplate;
import org.creditcommitment.catalogue.ServiceItem;
import org.creditcommitment.credit.adapters.CreditRegistry;
import org.creditcommitment.credit.NameCheck;
import org.creditcommitment.deadline.DeadlineStatus;
import org.creditcommitment.deadline.DeadlineView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Upgrade in place: a case started under the lifecycle model of the previous release (which copied the case's
 * context into process variables) keeps running on that model version, as Camunda versions process definitions,
 * and finishes under today's code: the steps it meets read the case record, and its record ends up with the same
 * facts as a new case's.
 */
class EarlierModelCasesFinishTest extends IntegrationTest {

  /** The model as the previous release deployed it; not named .bpmn, or the engine would deploy it at start. */
  private static final String EARLIER_MODEL = "models/commitment-lifecycle-before-case-record.xml";

  @Autowired LifecycleDriver driver;
  @Autowired Catalogue catalogue;
  @Autowired CreditRegistry registry;
  @Autowired RepositoryService repository;
  @Autowired WorkingDayCalendar calendar;

  private EarlierModel earlier;

  @BeforeEach
  void deployModel() {
    earlier = new EarlierModel(repository, EARLIER_MODEL);
  }

  @AfterEach
  void removeModel() {
    earlier.close();
  }

  @Test
  void aCaseOfTheEarlierModelIsInspectedAndEndsFulfilledWithItsFactsOnTheRecord() {
    CaseRecord c = startUnderEarlierModel("AA");
    walkToInspection(c);
    driver.inspect(c, "Task_InspectFulfilment", true);

    CaseRecord ended = driver.reload(c);
    assertThat(ended.endState()).isEqualTo(EndState.FULFILLED.name());
    CaseFacts facts = driver.cases.facts(c.caseNo());
    assertThat(facts.grade()).isEqualTo("AA");
    assertThat(facts.inspectionResult()).isEqualTo("COMPLIANT");
    assertThat(facts.inspectionFindings()).isNotBlank();
    assertThat(ended.eligible()).isTrue();
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(c.processInstanceId()).singleResult().getProcessDefinitionId())
        .isEqualTo(earlier.definition().getId());
  }

  @Test
  void aCaseOfTheEarlierModelThatRefusesRectificationIsPunishedFromTheFactsOnItsRecord() {
    CaseRecord c = startUnderEarlierModel("AA");
    walkToInspection(c);
    driver.inspect(c, "Task_InspectFulfilment", false);
    driver.operations.submitRectification(c.caseNo(), new CaseRequests.Rectification(null, true));
    driver.runJobs(c);
    driver.complete(c, "Task_DecidePunishment", "approver", Map.of("punishmentMeasures", List.of("PUBLICITY"),
        "punishmentBasis", "《信用承诺管理办法》"));
    driver.runJobs(c);

    assertThat(driver.reload(c).endState()).isEqualTo(EndState.PUNISHED.name());
    CaseFacts facts = driver.cases.facts(c.caseNo());
    assertThat(facts.punishmentMeasures()).isEqualTo("PUBLICITY");
    assertThat(facts.rectificationReason()).contains("经营场所面积与承诺不符");
    assertThat(registry.profile(c.applicantCode()).hasActiveDishonestyRecord()).isTrue();
  }

  @Test
  void aCaseOfTheEarlierModelGetsTheRectificationPeriodTheInspectorSet() {
    CaseRecord c = startUnderEarlierModel("AA");
    walkToInspection(c);
    driver.complete(c, "Task_InspectFulfilment", "inspector", Map.of("inspectionResult", "NON_COMPLIANT",
        "inspectionFindings", "经现场核查，经营场所面积与承诺不符", "rectificationWorkingDays", 5));

    // the earlier model reads the deadline's spec from a variable, the notice from the record: both say 5 days
    DeadlineView deadline = driver.deadlines.list(c.caseNo()).stream()
        .filter(d -> d.kind().equals("rectification") && d.status() == DeadlineStatus.SCHEDULED).findFirst()
        .orElseThrow(() -> new AssertionError("no scheduled rectification deadline"));
    assertThat(deadline.dueDate()).isEqualTo(calendar.dueAfterWorkingDays(deadline.createdAt(), 5).dueDate());
    assertThat(driver.cases.facts(c.caseNo()).rectificationPeriod()).isEqualTo("5WD");
  }

  private void walkToInspection(CaseRecord c) {
    driver.runJobs(c);
    // what a form of the earlier model shows comes from its variables and, for the rest, from the record
    Map<String, Object> shown = processEngine.getFormService().getTaskFormVariables(
        driver.task(c, "Task_NotifyConditions").getId());
    assertThat(shown.get("letterText")).asString().contains(c.applicantName());
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    driver.approve(c);
    assertThat(driver.task(c, "Task_InspectFulfilment")).as("AA cases are always inspected").isNotNull();
  }

  /** A case as the previous release opened it: the case row and an instance with that release's variables. */
  private CaseRecord startUnderEarlierModel(String grade) {
    String code = driver.subject(grade);
    ServiceItem item = catalogue.find(AuditedCases.FOOD).orElseThrow();
    CaseRecord record = new CaseRecord(driver.cases.nextCaseNo(), null, code, registry.profile(code).name(),
        registry.profile(code).email(), item.code(), item.department(), CommitmentType.NOTIFY_COMMIT, List.of(),
        null, null, null, null, OffsetDateTime.now(clock), "portal", null, null);
    driver.cases.insert(record, NameCheck.VERIFIED);
    Map<String, Object> v = new HashMap<>();
    v.put("caseNo", record.caseNo());
    v.put("applicantCode", code);
    v.put("applicantCodeMasked", code);
    v.put("applicantName", record.applicantName());
    v.put("applicantEmail", record.applicantEmail());
    v.put("itemCode", item.code());
    v.put("itemName", item.name());
    v.put("department", item.department());
    v.put("departmentName", catalogue.departmentName(item.department()));
    v.put("commitmentType", CommitmentType.NOTIFY_COMMIT.name());
    v.put("commitmentTypeLabel", CommitmentType.NOTIFY_COMMIT.label());
    v.put("materialsText", LetterTemplate.numbered(item.materials()));
    v.put("missingMaterialsText", "无");
    v.put("signingDeadlineSpec", item.periods().signing());
    v.put("decisionDeadlineSpec", item.periods().decision());
    v.put("materialsDeadlineSpec", item.periods().rectification());
    v.put("inspectionDeadlineSpec", item.periods().inspection());
    v.put("rectificationDeadlineSpec", item.periods().rectification());
    v.put("rectificationRefused", false);
    ProcessInstance instance = processEngine.getRuntimeService().startProcessInstanceById(earlier.definition().getId(),
        record.caseNo(), v);
    driver.cases.attachProcess(record.caseNo(), instance.getId());
    return driver.cases.require(record.caseNo());
  }
}
