package org.creditcommitment.repair;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.creditcommitment.system.StepInputs;
import org.springframework.stereotype.Component;

/**
 * On completing 核实并决定是否修复: APPROVE or REFUSE; a refusal needs its reason and ends the application
 * as REFUSED (an approval becomes REPAIRED only once the platform has been told, in ApplyRepairDelegate). The
 * verification goes to the application's row, the reason of a refusal as what the subject is told.
 */
@Component("repairVerificationListener")
class RepairVerificationListener implements TaskListener {

  private final IdentityService identity;
  private final Repairs repairs;

  RepairVerificationListener(IdentityService identity, Repairs repairs) {
    this.identity = identity;
    this.repairs = repairs;
  }

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable("repairDecision");
    String reason = StepInputs.text(task, "refusalReason");
    if (!"APPROVE".equals(decision) && !"REFUSE".equals(decision)) {
      throw new BadUserRequestException("核实结论须为 APPROVE 或 REFUSE / repairDecision must be APPROVE or REFUSE");
    }
    if ("REFUSE".equals(decision) && (reason == null || reason.length() > 2000)) {
      throw new BadUserRequestException("须写明不予修复的理由（不超过2000字）/ refusalReason is required (max 2000)");
    }
    String no = task.getExecution().getProcessBusinessKey();
    repairs.recordVerification(no, decision.toString(), StepInputs.text(task, "verificationOpinion"),
        StepInputs.completedBy(identity, task));
    if ("REFUSE".equals(decision)) {
      repairs.recordExplanation(no, reason);
      task.setVariable(RepairOutcome.VARIABLE, RepairOutcome.REFUSED.name());
    }
  }
}
