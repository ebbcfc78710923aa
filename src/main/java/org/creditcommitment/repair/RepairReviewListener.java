package org.creditcommitment.repair;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.creditcommitment.system.StepInputs;
import org.springframework.stereotype.Component;

/**
 * On completing 初审信用修复申请: the result must be COMPLETE or INCOMPLETE, the latter saying what is missing.
 * The verifying official's form shows the initial opinion and the supplement read-only: "无" when there is none,
 * never an empty field.
 */
@Component("repairReviewListener")
class RepairReviewListener implements TaskListener {

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
    if (StepInputs.text(task, "reviewOpinion") == null) {
      task.setVariable("reviewOpinion", "无");
    }
    if ("COMPLETE".equals(result) && task.getVariable("supplementText") == null) {
      task.setVariable("supplementText", "无（材料齐全，未要求补正）");
    }
  }
}
