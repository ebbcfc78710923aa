package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.creditcommitment.notification.NotificationType;
import org.springframework.stereotype.Component;

/** When the follow-up inspection is opened, the licensee is told it will be inspected and by when. */
@Component("sendInspectionNoticeListener")
class SendInspectionNoticeListener implements TaskListener {

  private final CaseMail mail;

  SendInspectionNoticeListener(CaseMail mail) {
    this.mail = mail;
  }

  @Override
  public void notify(DelegateTask task) {
    Object due = task.getVariable("deadline_inspection_dueDate");
    mail.queue(mail.toApplicant(task, NotificationType.INSPECTION_NOTICE, "inspection")
        .with("inspectionDeadline", due != null ? java.time.LocalDate.parse(due.toString())
            : mail.dueDateFromNow((String) task.getVariable("inspectionDeadlineSpec"))));
  }
}
