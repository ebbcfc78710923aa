package org.creditcommitment.repair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.deadline.DeadlineService;
import org.springframework.stereotype.Component;

/** 逾期未补正，不予修复: the supplement deadline passed; the application ends as INCOMPLETE. */
@Component("refuseIncompleteRepairDelegate")
class RefuseIncompleteRepairDelegate implements JavaDelegate {

  private final DeadlineService deadlines;
  private final RepairContext context;
  private final Repairs repairs;

  RefuseIncompleteRepairDelegate(DeadlineService deadlines, RepairContext context, Repairs repairs) {
    this.deadlines = deadlines;
    this.context = context;
    this.repairs = repairs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RepairFacts facts = context.of(execution, execution.getProcessBusinessKey());
    String due = deadlines.dueDate(execution.getProcessInstanceId(), RepairConfig.SUPPLEMENT_DEADLINE)
        .map(Object::toString).orElse("期限");
    repairs.recordExplanation(facts.repairNo(), "未在 " + due + " 前补正以下材料：" + facts.missingItems()
        + "。补齐材料后可重新申请。");
    execution.setVariable(RepairOutcome.VARIABLE, RepairOutcome.INCOMPLETE.name());
  }
}
