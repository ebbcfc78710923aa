package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.catalogue.ServiceItem;
import org.creditcommitment.credit.adapters.CreditRegistry;
import org.creditcommitment.credit.NameCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case started on the lifecycle model before its phases became sub-processes (one flat chain) stays on that
 * version and finishes there under today's code, through inspection, rectification and punishment.
 */
class CasesOnTheFlatModelFinishTest extends IntegrationTest {

  /** The flat model as the previous version deployed it; not named .bpmn, or the engine would deploy it at start. */
  private static final String FLAT_MODEL = "models/commitment-lifecycle-before-phases.xml";

  @Autowired LifecycleDriver driver;
  @Autowired Catalogue catalogue;
  @Autowired CreditRegistry registry;
  @Autowired RepositoryService repository;

  private EarlierModel flat;

  @BeforeEach
  void deployModel() {
    flat = new EarlierModel(repository, FLAT_MODEL);
  }

  @AfterEach
  void removeModel() {
    flat.close();
  }

  @Test
  void aCaseOfTheFlatModelThatRefusesRectificationEndsPunishedOnItsOwnVersion() {
    CaseRecord c = startOnFlatModel();
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    driver.approve(c);
    driver.inspect(c, "Task_InspectFulfilment", false);
    driver.operations.submitRectification(c.caseNo(), new CaseRequests.Rectification(null, true));
    driver.runJobs(c);
    driver.complete(c, "Task_DecidePunishment", "approver", Map.of("punishmentMeasures", List.of("PUBLICITY"),
        "punishmentBasis", "《信用承诺管理办法》"));
    driver.runJobs(c);

    assertThat(driver.reload(c).endState()).isEqualTo(EndState.PUNISHED.name());
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(c.processInstanceId()).singleResult().getProcessDefinitionId())
        .isEqualTo(flat.definition().getId());
    assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(c.processInstanceId()).activityType("subProcess").list())
        .as("only the flat model's one sub-process").hasSize(1);
  }

  private CaseRecord startOnFlatModel() {
    String code = driver.subject("AA");
    ServiceItem item = catalogue.find(AuditedCases.FOOD).orElseThrow();
    CaseRecord record = new CaseRecord(driver.cases.nextCaseNo(), null, code, registry.profile(code).name(),
        registry.profile(code).email(), item.code(), item.department(), CommitmentType.NOTIFY_COMMIT, List.of(),
        null, null, null, null, OffsetDateTime.now(clock), "portal", null, null);
    driver.cases.insert(record, NameCheck.VERIFIED);
    ProcessInstance instance = processEngine.getRuntimeService().startProcessInstanceById(flat.definition().getId(),
        record.caseNo(), CaseVariables.initial(record, item, catalogue.departmentName(item.department())));
    driver.cases.attachProcess(record.caseNo(), instance.getId());
    return driver.cases.require(record.caseNo());
  }
}
