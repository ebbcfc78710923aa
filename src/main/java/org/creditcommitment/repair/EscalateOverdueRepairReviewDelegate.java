package org.creditcommitment.repair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.notification.Notification;
import org.creditcommitment.notification.NotificationType;
import org.creditcommitment.security.Groups;
import org.creditcommitment.deadline.DeadlineService;
import org.springframework.stereotype.Component;

/**
 * 督办超期初审: the initial review missed its 2 working days
 * (2023年汕尾市社会信用体系建设工作要点（征求意见稿） (十四)); the credit office is told, the task stays
 * open. That the review was overdue is the deadline row's (FIRED), not a variable.
 */
@Component("escalateOverdueRepairReviewDelegate")
class EscalateOverdueRepairReviewDelegate implements JavaDelegate {

  private final RepairMail mail;
  private final DeadlineService deadlines;

  EscalateOverdueRepairReviewDelegate(RepairMail mail, DeadlineService deadlines) {
    this.deadlines = deadlines;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String no = execution.getProcessBusinessKey();
    Object due = deadlines.dueDate(execution.getProcessInstanceId(), RepairConfig.REVIEW_DEADLINE).orElse(null);
    mail.queue(Notification.of(NotificationType.ESCALATION, no).toGroup(Groups.CREDIT_OFFICE)
        .with("taskName", "初审信用修复申请").with("responsibleGroup", Groups.ROLES.get(Groups.CREDIT_OFFICE))
        .with("deadline", due == null ? "已届满" : due.toString())
        .dedupKey(no + ":escalation:repairReview"));
  }
}
