package org.creditcommitment.objection;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.creditcommitment.system.StepInputs;
import org.springframework.stereotype.Component;

/**
 * 复核惩戒案件 completed: the credit office's conclusion, its note and who reviewed go to the objection, where the end
 * of the process reads whether the measures were lifted (the form's values reach this listener transient).
 */
@Component("punishmentReviewListener")
class PunishmentReviewListener implements TaskListener {

  private final IdentityService identity;
  private final Objections objections;

  PunishmentReviewListener(IdentityService identity, Objections objections) {
    this.identity = identity;
    this.objections = objections;
  }

  @Override
  public void notify(DelegateTask task) {
    objections.recordPunishmentReview(task.getExecution().getProcessBusinessKey(),
        StepInputs.text(task, "punishmentReviewResult"), StepInputs.text(task, "punishmentReviewNote"),
        StepInputs.completedBy(identity, task));
  }
}
