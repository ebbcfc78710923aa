package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.ServiceItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case started on the lifecycle model of the previous release (no correction at acceptance, no return from the
 * decision) stays on that version and finishes there: the new choices its model cannot route are refused with
 * nothing written, and its decision deadline is set as before.
 */
class CasesBeforeCorrectionAndReturnFinishTest extends IntegrationTest {

  /** The model as the previous release deployed it; not named .bpmn, or the engine would deploy it at start. */
  private static final String EARLIER_MODEL = "models/commitment-lifecycle-before-correction.xml";

  @Autowired LifecycleDriver driver;
  @Autowired Catalogue catalogue;
  @Autowired RepositoryService repository;
  @Autowired CaseProcedure procedure;

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
  void aRunningCaseOfTheEarlierModelIsRefusedCorrectionAndReturnAndFinishesOnItsVersion() {
    CaseRecord c = startOnEarlierModel();
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    assertThat(driver.deadlines.list(c.caseNo())).noneMatch(d -> d.kind().equals("correctionRequest"));
    assertThatThrownBy(() -> driver.complete(c, "Task_AcceptApplication", "clerk", Map.of(
        "acceptanceDecision", "CORRECTION", "correctionItems", "营业执照复印件：不清晰")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("补正");
    assertThat(procedure.correction(c.caseNo())).isEmpty();

    driver.accept(c);
    assertThatThrownBy(() -> driver.complete(c, "Task_MakeDecision", "approver", Map.of(
        "decision", "RETURN", "returnReason", "请核对材料")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("退回");
    assertThat(procedure.returns(c.caseNo())).isEmpty();
    driver.approve(c);
    driver.inspect(c, "Task_InspectFulfilment", true);

    assertThat(driver.reload(c).endState()).isEqualTo(EndState.FULFILLED.name());
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(c.processInstanceId()).singleResult().getProcessDefinitionId())
        .isEqualTo(earlier.definition().getId());
  }

  @Test
  void aRunningCaseOfTheEarlierModelIsRefusedAReturnFromTheReinspection() {
    CaseRecord c = startOnEarlierModel();
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    driver.approve(c);
    driver.inspect(c, "Task_InspectFulfilment", false);
    driver.operations.submitRectification(c.caseNo(), new CaseRequests.Rectification("已整改", false));
    driver.runJobs(c);
    assertThatThrownBy(() -> driver.complete(c, "Task_Reinspect", "inspector", Map.of(
        "inspectionResult", "RETURN", "returnReason", "请重新核查")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("退回");
    assertThat(procedure.returns(c.caseNo())).isEmpty();
    driver.inspect(c, "Task_Reinspect", true);

    assertThat(driver.reload(c).endState()).isEqualTo(EndState.FULFILLED_AFTER_RECTIFICATION.name());
  }

  private CaseRecord startOnEarlierModel() {
    ServiceItem item = catalogue.find(AuditedCases.FOOD).orElseThrow();
    return earlier.startCase(driver, catalogue, item);
  }
}
