package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.ServiceItem;
import org.creditcommitment.documents.DocumentType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case that reached 作出行政决定 on the lifecycle model from before leveled approval, or 决定惩戒措施 on the model from
 * before the punishment decision passed levels, stays on that version and is decided there by its department's
 * approvers in one step, even when its item now passes three levels: no opinion is asked for, none is recorded and no
 * approval sheet is issued.
 */
class CasesBeforeLevelsFinishTest extends IntegrationTest {

  /** The model as the previous release deployed it; not named .bpmn, or the engine would deploy it at start. */
  private static final String EARLIER_MODEL = "models/commitment-lifecycle-before-levels.xml";
  /** The model as the release before leveled punishment decisions deployed it. */
  private static final String BEFORE_PUNISHMENT_LEVELS = "models/commitment-lifecycle-before-punishment-levels.xml";
  /** An item of three levels (承办, 审核, 批准) today. */
  private static final String FREIGHT = "JTJ-HY-001";

  @Autowired LifecycleDriver driver;
  @Autowired Catalogue catalogue;
  @Autowired RepositoryService repository;
  @Autowired CaseDocuments caseDocuments;
  @Autowired ApprovalOpinions opinions;

  @Test
  void aCaseAwaitingItsDecisionOnTheEarlierModelIsDecidedByItsApproversInOneStepOnItsVersion() {
    try (EarlierModel earlier = new EarlierModel(repository, EARLIER_MODEL)) {
      decidedInOneStep(earlier);
    }
  }

  private void decidedInOneStep(EarlierModel earlier) {
    CaseRecord c = acceptedOn(earlier);
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

  @Test
  void aCaseAwaitingItsPunishmentOnTheEarlierModelIsDecidedByItsApproversInOneStepOnItsVersion() {
    try (EarlierModel earlier = new EarlierModel(repository, BEFORE_PUNISHMENT_LEVELS)) {
      punishedInOneStep(earlier);
    }
  }

  private void punishedInOneStep(EarlierModel earlier) {
    CaseRecord c = acceptedOn(earlier);
    for (String opinion : List.of("拟同意", "同意")) {
      driver.complete(c, "Task_ReviewDecision", "approver", Map.of("approvalChoice", "FORWARD",
          "approvalOpinion", opinion));
    }
    driver.complete(c, "Task_MakeDecision", "leader", Map.of("decision", "DENY_FALSE_COMMITMENT",
        "falseCommitmentFindings", "车辆行驶证系伪造", "decisionOpinion", "不予许可"));
    driver.heardWithoutStatement(c);
    assertThat(processEngine.getTaskService().getIdentityLinksForTask(driver.task(c, "Task_DecidePunishment")
        .getId()).stream().map(l -> l.getGroupId()).toList()).containsExactly("approver-jtj");

    driver.complete(c, "Task_DecidePunishment", "approver", Map.of("punishmentMeasures", List.of("PUBLICITY"),
        "punishmentBasis", "普政数局〔2022〕25号 二（三）"));

    assertThat(driver.reload(c).endState()).isEqualTo(EndState.PUNISHED.name());
    assertThat(opinions.of(c.caseNo(), ApprovalPhase.PUNISHMENT)).isEmpty();
    assertThat(caseDocuments.latest(c.caseNo(), DocumentType.PUNISHMENT_APPROVAL_SHEET)).isEmpty();
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(c.processInstanceId()).singleResult().getProcessDefinitionId())
        .isEqualTo(earlier.definition().getId());
  }

  /** A case of the three-level item on the earlier model, accepted. */
  private CaseRecord acceptedOn(EarlierModel earlier) {
    ServiceItem item = catalogue.find(FREIGHT).orElseThrow();
    assertThat(item.levels()).isEqualTo(3);
    CaseRecord c = earlier.startCase(driver, catalogue, item);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    return c;
  }
}
