package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.ServiceItem;
import org.creditcommitment.documents.DocumentType;
import org.creditcommitment.documents.Documents;
import org.creditcommitment.documents.IssuedPdfs;
import org.creditcommitment.system.ApiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case that reached 决定惩戒措施 on the lifecycle model from before prior notices stays on that version and is decided
 * there: the decision form says no notice was given, no answer is asked for, the statement endpoint refuses, and the
 * decision states no hearing it did not have.
 */
class CasesBeforePriorNoticesFinishTest extends IntegrationTest {

  /** The model as the previous release deployed it; not named .bpmn, or the engine would deploy it at start. */
  private static final String EARLIER_MODEL = "models/commitment-lifecycle-before-prior-notice.xml";

  @Autowired LifecycleDriver driver;
  @Autowired Catalogue catalogue;
  @Autowired RepositoryService repository;
  @Autowired CaseDocuments caseDocuments;
  @Autowired Documents documents;

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
  void aCaseWaitingForThePunishmentDecisionOnTheEarlierModelIsDecidedWithoutAPriorNoticeOnItsVersion() {
    CaseRecord c = startOnEarlierModel();
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    driver.approve(c);
    driver.inspect(c, "Task_InspectFulfilment", false);
    driver.operations.submitRectification(c.caseNo(), new CaseRequests.Rectification(null, true));
    driver.runJobs(c);

    assertThat(processEngine.getFormService().getTaskFormVariables(driver.task(c, "Task_DecidePunishment").getId())
        .get("priorNoticeText")).asString().contains("事先告知程序实施前");
    assertThatThrownBy(() -> driver.statements.state(c.caseNo(), new CaseRequests.Statement("陈述", false)))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("no-prior-notice"));
    driver.complete(c, "Task_DecidePunishment", "approver", Map.of("punishmentMeasures", List.of("PUBLICITY"),
        "punishmentBasis", "《信用承诺管理办法》"));

    assertThat(driver.reload(c).endState()).isEqualTo(EndState.PUNISHED.name());
    assertThat(driver.priorNotices.notice(c.caseNo())).isEmpty();
    assertThat(IssuedPdfs.text(documents, caseDocuments.latest(c.caseNo(), DocumentType.PUNISHMENT_DECISION)
        .orElseThrow())).contains("失信惩戒决定书").doesNotContain("陈述、申辩");
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(c.processInstanceId()).singleResult().getProcessDefinitionId())
        .isEqualTo(earlier.definition().getId());
  }

  private CaseRecord startOnEarlierModel() {
    ServiceItem item = catalogue.find(AuditedCases.FOOD).orElseThrow();
    return earlier.startCase(driver, catalogue, item);
  }
}
