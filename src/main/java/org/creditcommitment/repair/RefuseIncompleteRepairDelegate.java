package org.creditcommitment.repair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.deadline.DeadlineService;
import org.creditcommitment.system.StepInputs;
import org.springframework.stereotype.Component;

/** 逾期未补正，不予修复: the supplement deadline passed; the application ends as INCOMPLETE. */
@Component("refuseIncompleteRepairDelegate")
class RefuseIncompleteRepairDelegate implements JavaDelegate {

  private final DeadlineService deadlines;

  RefuseIncompleteRepairDelegate(DeadlineService deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(RepairOutcome.VARIABLE, RepairOutcome.INCOMPLETE.name());
    execution.setVariable("repairExplanation", "未在 " + deadlines.dueDate(execution.getProcessInstanceId(), RepairConfig.SUPPLEMENT_DEADLINE).map(Object::toString).orElse("期限")
        + " 前补正以下材料：" + StepInputs.text(execution, "missingItems") + "。补齐材料后可重新申请。");
  }
}
