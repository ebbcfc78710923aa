package org.creditcommitment.repair;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.notification.NotificationType;
import org.springframework.stereotype.Component;

/** 通知补正材料: the applicant learns what is missing and by when (the period the waiting step's deadline uses). */
@Component("requestRepairSupplementDelegate")
class RequestRepairSupplementDelegate implements JavaDelegate {

  private final RepairMail mail;
  private final RepairContext context;
  private final RepairProperties properties;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  RequestRepairSupplementDelegate(RepairMail mail, RepairContext context, RepairProperties properties,
      WorkingDayCalendar calendar, Clock clock) {
    this.mail = mail;
    this.context = context;
    this.properties = properties;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RepairFacts facts = context.of(execution, execution.getProcessBusinessKey());
    String spec = RepairContext.supplementPeriod(execution, properties);
    mail.queue(mail.toSubject(facts, NotificationType.REPAIR_SUPPLEMENT, "supplement")
        .with("missingItems", facts.missingItems())
        .with("supplementDeadline", calendar.due(clock.instant(), spec).dueDate()));
  }
}
