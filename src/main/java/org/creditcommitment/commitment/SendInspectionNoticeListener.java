package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.creditcommitment.deadline.DeadlineService;
import org.creditcommitment.notification.NotificationType;
import org.springframework.stereotype.Component;

/** When the follow-up inspection is opened, the licensee is told it will be inspected and by when. */
@Component("sendInspectionNoticeListener")
class SendInspectionNoticeListener implements TaskListener {

  private final CaseMail mail;
  private final DeadlineService deadlines;

  SendInspectionNoticeListener(CaseMail mail, DeadlineService deadlines) {
    this.deadlines = deadlines;
    this.mail = mail;
  }

  @Override
  public void notify(DelegateTask task) {
    // the deadline's start listener on the same task has just written it
    mail.queue(mail.toApplicant(task, NotificationType.INSPECTION_NOTICE, "inspection")
        .with("inspectionDeadline", deadlines.dueDate(task.getProcessInstanceId(), CaseDeadlineKinds.INSPECTION).orElseThrow()));
  }
}
