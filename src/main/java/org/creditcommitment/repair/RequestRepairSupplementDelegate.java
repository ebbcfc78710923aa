package org.creditcommitment.repair;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.notification.NotificationType;
import org.creditcommitment.system.StepInputs;
import org.springframework.stereotype.Component;

/** 通知补正材料: the applicant learns what is missing and by when (the period the waiting step's deadline uses). */
@Component("requestRepairSupplementDelegate")
class RequestRepairSupplementDelegate implements JavaDelegate {

  private final RepairMail mail;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  RequestRepairSupplementDelegate(RepairMail mail, WorkingDayCalendar calendar, Clock clock) {
    this.mail = mail;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String spec = (String) execution.getVariable("supplementDeadlineSpec");
    mail.queue(mail.toSubject(execution, NotificationType.REPAIR_SUPPLEMENT, "supplement")
        .with("missingItems", StepInputs.text(execution, "missingItems"))
        .with("supplementDeadline", calendar.due(clock.instant(), spec).dueDate()));
  }
}
