package org.creditcommitment.commitment;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Remembers who completed a task whose officer matters later (the clerk who accepted a case is never drawn to
 * inspect it, and the inspection feedback names the inspector) and writes the task's outcome to the case record,
 * in the task's transaction: acceptance, decision and the reason of a refusal, inspection result and findings. The
 * form's values reach this listener transient; the case record is where they are kept.
 */
@Component("recordCompletedByListener")
class RecordCompletedByListener implements TaskListener {

  private final IdentityService identity;
  private final Cases cases;

  RecordCompletedByListener(IdentityService identity, Cases cases) {
    this.identity = identity;
    this.cases = cases;
  }

  private static String text(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  @Override
  public void notify(DelegateTask task) {
    var auth = identity.getCurrentAuthentication();
    String user = auth != null ? auth.getUserId() : String.valueOf(task.getAssignee());
    String caseNo = task.getExecution().getProcessBusinessKey();
    switch (task.getTaskDefinitionKey()) {
      case "Task_AcceptApplication" -> {
        cases.recordAcceptance(caseNo, user);
        if ("REJECT".equals(task.getVariable("acceptanceDecision"))) {
          cases.record(caseNo, Cases.Fact.DENIAL_REASON, text(task, "rejectionReason"));
        }
      }
      case "Task_MakeDecision" -> {
        cases.recordDecision(caseNo, String.valueOf(task.getVariable("decision")), user);
        if (!"APPROVE".equals(task.getVariable("decision"))) {
          cases.record(caseNo, Cases.Fact.DENIAL_REASON, text(task, "denialReason"));
        }
      }
      case "Task_InspectFulfilment", "Task_Reinspect" -> {
        cases.recordInspection(caseNo, String.valueOf(task.getVariable("inspectionResult")), user);
        cases.record(caseNo, Cases.Fact.INSPECTION_FINDINGS, text(task, "inspectionFindings"));
      }
      default -> { }
    }
  }
}
