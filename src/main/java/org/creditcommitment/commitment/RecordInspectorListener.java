package org.creditcommitment.commitment;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Remembers who completed an inspection: the feedback to the random-inspection system names the inspector. */
@Component("recordInspectorListener")
class RecordInspectorListener implements TaskListener {

  private final IdentityService identity;

  RecordInspectorListener(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public void notify(DelegateTask task) {
    var auth = identity.getCurrentAuthentication();
    task.setVariable("inspectedBy", auth != null ? auth.getUserId() : String.valueOf(task.getAssignee()));
  }
}
