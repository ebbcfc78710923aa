package org.creditcommitment.repair;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.creditcommitment.system.StepInputs;
import org.springframework.stereotype.Component;

/**
 * On completing 初审信用修复申请: the result must be COMPLETE or INCOMPLETE, the latter saying what is missing. The
 * review goes to the application's row, from which the verifying official's form shows the initial opinion
 * (RepairFormContext).
 */
@Component("repairReviewListener")
class RepairReviewListener implements TaskListener {

  private final IdentityService identity;
  private final Repairs repairs;

  RepairReviewListener(IdentityService identity, Repairs repairs) {
    this.identity = identity;
    this.repairs = repairs;
  }

  @Override
  public void notify(DelegateTask task) {
    Object result = task.getVariable("reviewResult");
    if (!"COMPLETE".equals(result) && !"INCOMPLETE".equals(result)) {
      throw new BadUserRequestException("初审结论须为 COMPLETE 或 INCOMPLETE / reviewResult must be COMPLETE or INCOMPLETE");
    }
    String missing = StepInputs.text(task, "missingItems");
    if ("INCOMPLETE".equals(result) && (missing == null || missing.length() > 2000)) {
      throw new BadUserRequestException("须列明需补正的材料（不超过2000字）/ missingItems is required (max 2000)");
    }
    repairs.recordReview(task.getExecution().getProcessBusinessKey(), result.toString(), missing,
        StepInputs.text(task, "reviewOpinion"), StepInputs.completedBy(identity, task));
  }
}
