package org.creditcommitment.commitment;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Remembers who completed a task whose officer matters later (the clerk who accepted a case is never drawn to
 * inspect it, and the inspection feedback names the inspector) and writes the task's outcome to the case record,
 * in the task's transaction: acceptance, decision, inspection result.
 */
@Component("recordCompletedByListener")
class RecordCompletedByListener implements TaskListener {

  private static final Map<String, String> VARIABLE = Map.of(
      "Task_AcceptApplication", "acceptedBy",
      "Task_InspectFulfilment", "inspectedBy",
      "Task_Reinspect", "inspectedBy");

  private final IdentityService identity;
  private final Cases cases;

  RecordCompletedByListener(IdentityService identity, Cases cases) {
    this.identity = identity;
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    var auth = identity.getCurrentAuthentication();
    String user = auth != null ? auth.getUserId() : String.valueOf(task.getAssignee());
    String caseNo = task.getExecution().getProcessBusinessKey();
    switch (task.getTaskDefinitionKey()) {
      case "Task_AcceptApplication" -> cases.recordAcceptance(caseNo, user);
      case "Task_MakeDecision" -> cases.recordDecision(caseNo, String.valueOf(task.getVariable("decision")), user);
      case "Task_InspectFulfilment", "Task_Reinspect" ->
          cases.recordInspection(caseNo, String.valueOf(task.getVariable("inspectionResult")), user);
      default -> { }
    }
    String variable = VARIABLE.get(task.getTaskDefinitionKey());
    if (variable != null) {
      task.setVariable(variable, user);
    }
  }
}
