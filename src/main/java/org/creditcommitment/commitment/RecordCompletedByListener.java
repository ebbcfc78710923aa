package org.creditcommitment.commitment;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Remembers who completed a task whose officer matters later: the clerk who accepted a case is never drawn
 * to inspect it, and the inspection feedback names the inspector.
 */
@Component("recordCompletedByListener")
class RecordCompletedByListener implements TaskListener {

  private static final Map<String, String> VARIABLE = Map.of(
      "Task_AcceptApplication", "acceptedBy",
      "Task_InspectFulfilment", "inspectedBy",
      "Task_Reinspect", "inspectedBy");

  private final IdentityService identity;

  RecordCompletedByListener(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public void notify(DelegateTask task) {
    String variable = VARIABLE.get(task.getTaskDefinitionKey());
    if (variable == null) {
      return;
    }
    var auth = identity.getCurrentAuthentication();
    task.setVariable(variable, auth != null ? auth.getUserId() : String.valueOf(task.getAssignee()));
  }
}
