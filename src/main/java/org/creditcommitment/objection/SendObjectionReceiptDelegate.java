package org.creditcommitment.objection;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.notification.NotificationType;
import org.springframework.stereotype.Component;

/**
 * 告知异议已受理: the subject learns the objection number, that the record is marked "under objection"
 * and by when the data provider answers (the same period the answer task's deadline uses).
 */
@Component("sendObjectionReceiptDelegate")
class SendObjectionReceiptDelegate implements JavaDelegate {

  private final ObjectionMail mail;
  private final ObjectionContext context;
  private final ObjectionProperties properties;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  SendObjectionReceiptDelegate(ObjectionMail mail, ObjectionContext context, ObjectionProperties properties,
      WorkingDayCalendar calendar, Clock clock) {
    this.mail = mail;
    this.context = context;
    this.properties = properties;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String spec = ObjectionContext.answerPeriod(execution, properties);
    mail.queue(mail.toSubject(context.of(execution, execution.getProcessBusinessKey()),
        NotificationType.OBJECTION_RECEIVED).with("answerDeadline", calendar.due(clock.instant(), spec).dueDate()));
  }
}
