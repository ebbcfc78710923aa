package org.creditcommitment.repair;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.creditcommitment.system.StepInputs;
import org.springframework.stereotype.Component;

/**
 * On completing 核实并决定是否修复: APPROVE or REFUSE; a refusal needs its reason and ends the application
 * as REFUSED (an approval becomes REPAIRED only once the platform has been told, in ApplyRepairDelegate).
 */
@Component("repairVerificationListener")
class RepairVerificationListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable("repairDecision");
    if ("APPROVE".equals(decision)) {
      return;
    }
    if (!"REFUSE".equals(decision)) {
      throw new BadUserRequestException("核实结论须为 APPROVE 或 REFUSE / repairDecision must be APPROVE or REFUSE");
    }
    String reason = StepInputs.text(task, "refusalReason");
    if (reason == null || reason.length() > 2000) {
      throw new BadUserRequestException("须写明不予修复的理由（不超过2000字）/ refusalReason is required (max 2000)");
    }
    task.setVariable(RepairOutcome.VARIABLE, RepairOutcome.REFUSED.name());
    task.setVariable("repairExplanation", reason);
  }
}
