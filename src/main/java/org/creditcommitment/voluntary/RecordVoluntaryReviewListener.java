package org.creditcommitment.voluntary;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.creditcommitment.system.StepInputs;
import org.springframework.stereotype.Component;

/**
 * 形式审查 completed: who reviewed it and the reason of a return go to the row, in the task's transaction. The form's
 * {@code returnReason} reaches this listener transient (the process declares formValues = routedOnly); only
 * {@code reviewDecision}, which the gateway routes on, stays a variable.
 */
@Component("recordVoluntaryReviewListener")
class RecordVoluntaryReviewListener implements TaskListener {

  private final IdentityService identity;
  private final VoluntarySteps steps;

  RecordVoluntaryReviewListener(IdentityService identity, VoluntarySteps steps) {
    this.identity = identity;
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    String user = String.valueOf(StepInputs.completedBy(identity, task));
    steps.recordReview(task.getExecution().getProcessBusinessKey(), String.valueOf(task.getVariable("reviewDecision")),
        StepInputs.text(task, "returnReason"), user);
  }
}
