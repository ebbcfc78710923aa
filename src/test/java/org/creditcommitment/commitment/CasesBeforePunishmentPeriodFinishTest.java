package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.catalogue.Catalogue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case that reaches 失信惩戒 on the lifecycle model from before the punishment decision period keeps its version and
 * is punished there as before. No period is created for it late: its phase's tasks are due the day they are created,
 * as every task no period runs for (deadline/SameDayDueDate), rather than at a date counted from a start the model never
 * recorded.
 */
class CasesBeforePunishmentPeriodFinishTest extends IntegrationTest {

  /** The model as the previous release deployed it; not named .bpmn, or the engine would deploy it at start. */
  private static final String EARLIER_MODEL = "models/commitment-lifecycle-before-punishment-period.xml";

  @Autowired LifecycleDriver driver;
  @Autowired Catalogue catalogue;
  @Autowired RepositoryService repository;
  @Autowired WorkingDayCalendar calendar;

  @Test
  void aCaseInThePunishmentPhaseOfTheEarlierModelIsPunishedOnItsVersionWithItsTasksDueTheDayTheyAreCreated() {
    try (EarlierModel earlier = new EarlierModel(repository, EARLIER_MODEL)) {
      CaseRecord c = earlier.startCase(driver, catalogue, catalogue.find(AuditedCases.FOOD).orElseThrow());
      driver.runJobs(c);
      driver.notifyConditions(c);
      driver.signOnline(c);
      driver.accept(c);
      driver.approve(c);
      driver.inspect(c, "Task_InspectFulfilment", false);
      driver.operations.submitRectification(c.caseNo(), new CaseRequests.Rectification(null, true));
      driver.runJobs(c);
      assertThat(driver.task(c, "Task_ProposePunishment").getDueDate()).isEqualTo(endOfTodaysWork());

      driver.heardWithoutStatement(c);
      assertThat(driver.task(c, "Task_DecidePunishment").getDueDate()).isEqualTo(endOfTodaysWork());
      assertThat(driver.deadlines.list(c.caseNo())).noneMatch(d -> d.kind().equals(
          CaseDeadlineKinds.PUNISHMENT_DECISION));

      driver.complete(c, "Task_DecidePunishment", "approver", Map.of("punishmentMeasures", List.of("PUBLICITY"),
          "punishmentBasis", "普政数局〔2022〕25号 二（三）"));
      assertThat(driver.reload(c).endState()).isEqualTo(EndState.PUNISHED.name());
      assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceId(c.processInstanceId()).singleResult().getProcessDefinitionId())
          .isEqualTo(earlier.definition().getId());
    }
  }

  private Date endOfTodaysWork() {
    return Date.from(calendar.dueAfterWorkingDays(clock.instant(), 0).instant());
  }
}
