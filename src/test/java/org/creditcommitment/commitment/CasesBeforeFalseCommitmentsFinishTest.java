package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.ServiceItem;
import org.creditcommitment.system.ApiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case started on the lifecycle model of the previous release (no commitment withdrawal, no false-commitment path)
 * stays on that version and finishes there: the new choices its model cannot route are refused with nothing written,
 * and it ends as it would have.
 */
class CasesBeforeFalseCommitmentsFinishTest extends IntegrationTest {

  /** The model as the previous release deployed it; not named .bpmn, or the engine would deploy it at start. */
  private static final String EARLIER_MODEL = "models/commitment-lifecycle-before-false-commitment.xml";

  @Autowired LifecycleDriver driver;
  @Autowired Catalogue catalogue;
  @Autowired RepositoryService repository;

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
  void aRunningCaseOfTheEarlierModelIsRefusedAFalseCommitmentAndFinishesThroughRectificationOnItsVersion() {
    CaseRecord c = startOnEarlierModel();
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    assertThatThrownBy(() -> driver.complete(c, "Task_MakeDecision", "approver", Map.of(
        "decision", "DENY_FALSE_COMMITMENT", "falseCommitmentFindings", "租赁合同系伪造")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("虚假承诺");
    assertThat(driver.reload(c).decidedAt()).isNull();
    driver.approve(c);
    assertThatThrownBy(() -> driver.complete(c, "Task_InspectFulfilment", "inspector", Map.of(
        "inspectionResult", "FALSE_COMMITMENT", "inspectionFindings", "冷藏设施实际不存在")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("虚假承诺");
    assertThat(driver.cases.facts(c.caseNo()).inspectionResult()).isNull();
    assertThat(driver.cases.facts(c.caseNo()).falseCommitmentReason()).isNull();

    driver.inspect(c, "Task_InspectFulfilment", false);
    driver.operations.submitRectification(c.caseNo(), new CaseRequests.Rectification(null, true));
    driver.runJobs(c);
    driver.complete(c, "Task_DecidePunishment", "approver", Map.of("punishmentMeasures", List.of("PUBLICITY"),
        "punishmentBasis", "《信用承诺管理办法》"));

    assertThat(driver.reload(c).endState()).isEqualTo(EndState.PUNISHED.name());
    assertThat(driver.cases.facts(c.caseNo()).punishmentMeasures()).isEqualTo("PUBLICITY");
    assertOnEarlierVersion(c);
  }

  @Test
  void aRunningCaseOfTheEarlierModelCannotWithdrawOnlyTheCommitmentButMayWithdrawTheApplication() {
    CaseRecord c = startOnEarlierModel();
    driver.runJobs(c);
    driver.notifyConditions(c);
    assertThatThrownBy(() -> driver.operations.withdrawCommitment(c.caseNo(), new CaseRequests.Withdraw(null)))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().value()).isEqualTo(409));
    assertThat(driver.cases.facts(c.caseNo()).commitmentWithdrawnAt()).isNull();

    driver.operations.withdraw(c.caseNo(), new CaseRequests.Withdraw("暂不经营"));
    driver.runJobs(c);

    assertThat(driver.reload(c).endState()).isEqualTo(EndState.WITHDRAWN.name());
    assertOnEarlierVersion(c);
  }

  private void assertOnEarlierVersion(CaseRecord c) {
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(c.processInstanceId()).singleResult().getProcessDefinitionId())
        .isEqualTo(earlier.definition().getId());
  }

  private CaseRecord startOnEarlierModel() {
    ServiceItem item = catalogue.find(AuditedCases.FOOD).orElseThrow();
    return earlier.startCase(driver, catalogue, item);
  }
}
