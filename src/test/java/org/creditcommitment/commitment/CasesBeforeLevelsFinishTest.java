package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.ServiceItem;
import org.creditcommitment.documents.DocumentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case that reached 作出行政决定 on the lifecycle model from before leveled approval stays on that version and is
 * decided there by its department's approvers in one step, even when its item now passes three levels: no opinion is
 * asked for, none is recorded and no approval sheet is issued.
 */
class CasesBeforeLevelsFinishTest extends IntegrationTest {

  /** The model as the previous release deployed it; not named .bpmn, or the engine would deploy it at start. */
  private static final String EARLIER_MODEL = "models/commitment-lifecycle-before-levels.xml";
  /** An item of three levels (承办, 审核, 批准) today. */
  private static final String FREIGHT = "JTJ-HY-001";

  @Autowired LifecycleDriver driver;
  @Autowired Catalogue catalogue;
  @Autowired RepositoryService repository;
  @Autowired CaseDocuments caseDocuments;
  @Autowired ApprovalOpinions opinions;

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
  void aCaseAwaitingItsDecisionOnTheEarlierModelIsDecidedByItsApproversInOneStepOnItsVersion() {
    CaseRecord c = startOnEarlierModel();
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    assertThat(processEngine.getTaskService().getIdentityLinksForTask(driver.task(c, "Task_MakeDecision").getId())
        .stream().map(l -> l.getGroupId()).toList()).containsExactly("approver-jtj");

    driver.complete(c, "Task_MakeDecision", "approver", Map.of("decision", "APPROVE"));

    assertThat(driver.reload(c).decidedAt()).isNotNull();
    assertThat(opinions.of(c.caseNo())).isEmpty();
    assertThat(caseDocuments.latest(c.caseNo(), DocumentType.APPROVAL_SHEET)).isEmpty();
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(c.processInstanceId()).singleResult().getProcessDefinitionId())
        .isEqualTo(earlier.definition().getId());
  }

  private CaseRecord startOnEarlierModel() {
    ServiceItem item = catalogue.find(FREIGHT).orElseThrow();
    assertThat(item.levels()).isEqualTo(3);
    return earlier.startCase(driver, catalogue, item);
  }
}
