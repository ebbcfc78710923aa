package org.creditcommitment.objection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.notification.Notification;
import org.creditcommitment.notification.NotificationType;
import org.creditcommitment.security.Groups;
import org.creditcommitment.deadline.DeadlineService;
import org.springframework.stereotype.Component;

/**
 * 督办超期异议: the data provider did not answer within its period
 * (2023年汕尾市社会信用体系建设工作要点（征求意见稿） (二): 2 working days); the credit office and the
 * group the answer task is offered to are told by e-mail, and the credit office gets a task to urge or answer. That the answer was overdue is
 * the deadline row's (FIRED), not a variable.
 */
@Component("escalateOverdueObjectionDelegate")
class EscalateOverdueObjectionDelegate implements JavaDelegate {

  private final ObjectionMail mail;
  private final DeadlineService deadlines;
  private final ObjectionRouting routing;

  EscalateOverdueObjectionDelegate(ObjectionMail mail, DeadlineService deadlines, ObjectionRouting routing) {
    this.routing = routing;
    this.deadlines = deadlines;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String no = execution.getProcessBusinessKey();
    Object due = deadlines.dueDate(execution.getProcessInstanceId(), ObjectionConfig.ANSWER_DEADLINE).orElse(null);
    String group = routing.answerGroup(no);
    mail.queue(Notification.of(NotificationType.ESCALATION, no).toGroup(Groups.CREDIT_OFFICE).toGroup(group)
        .with("taskName", "核实并答复信用异议").with("responsibleGroup", Groups.ROLES.getOrDefault(group,
            Groups.ROLES.get(Groups.PROVIDER)))
        .with("deadline", due == null ? "已届满" : due.toString())
        .dedupKey(no + ":escalation:objectionAnswer"));
  }
}
