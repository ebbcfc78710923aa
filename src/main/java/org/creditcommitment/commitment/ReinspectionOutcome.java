package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.creditcommitment.evidence.EvidenceFiles;
import org.springframework.stereotype.Component;

/** 整改复查: the result, its findings and the inspector, as for the first inspection; or a return to the inspection. */
@Component
class ReinspectionOutcome implements TaskOutcome {

  private final Cases cases;
  /** The re-inspection form's field of the files the inspector uploads (webapps.js offers the upload). */
  static final String EVIDENCE_FIELD = "reinspectionEvidenceFiles";

  private final CaseReturnStep returns;
  private final EvidenceFiles evidenceFiles;

  ReinspectionOutcome(Cases cases, CaseReturnStep returns, EvidenceFiles evidenceFiles) {
    this.evidenceFiles = evidenceFiles;
    this.cases = cases;
    this.returns = returns;
  }

  @Override
  public String taskKey() {
    return "Task_Reinspect";
  }

  @Override
  public void record(DelegateTask task, String caseNo, String user) {
    if (CaseReturnStep.isReturn(task, "inspectionResult")) {
      returns.record(task, caseNo, user, "Event_ReinspectionReturned", "Task_InspectFulfilment");
      return;
    }
    InspectionOutcome.recordResult(cases, task, caseNo, user);
    // the guard checked them (EvidenceFormFields): the re-inspecting official's own files, attached to nothing yet
    evidenceFiles.attach(CaseEvidence.KIND, caseNo, EvidenceFiles.idsIn(task.getVariable(EVIDENCE_FIELD)), user);
  }
}
