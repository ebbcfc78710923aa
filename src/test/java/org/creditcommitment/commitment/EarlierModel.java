package org.creditcommitment.commitment;

import java.time.OffsetDateTime;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.catalogue.ServiceItem;
import org.creditcommitment.credit.NameCheck;
import org.creditcommitment.EarlierProcessModel;

/** A lifecycle model of an earlier version, deployed under the lifecycle's resource name for one test. */
final class EarlierModel extends EarlierProcessModel {

  EarlierModel(RepositoryService repository, String testResource) {
    super(repository, testResource, "commitment-lifecycle.bpmn");
  }

  /** A case of this item applied for through the portal, its process started on this earlier model. */
  CaseRecord startCase(LifecycleDriver driver, Catalogue catalogue, ServiceItem item) {
    String code = driver.subject("AA");
    CaseRecord record = new CaseRecord(driver.cases.nextCaseNo(), null, code, driver.registry.profile(code).name(),
        driver.registry.profile(code).email(), item.code(), item.department(), CommitmentType.NOTIFY_COMMIT, List.of(),
        null, null, null, null, OffsetDateTime.now(driver.clock), "portal", null, null);
    driver.cases.insert(record, NameCheck.VERIFIED);
    ProcessInstance instance = driver.engine.getRuntimeService().startProcessInstanceById(definition().getId(),
        record.caseNo(), CaseVariables.initial(record, item, catalogue.departmentName(item.department())));
    driver.cases.attachProcess(record.caseNo(), instance.getId());
    return driver.cases.require(record.caseNo());
  }
}
