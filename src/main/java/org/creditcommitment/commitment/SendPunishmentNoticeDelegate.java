package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.notification.NotificationType;
import org.springframework.stereotype.Component;

/** 送达惩戒决定: the subject is told which measures apply and why, and that credit repair is possible. */
@Component("sendPunishmentNoticeDelegate")
class SendPunishmentNoticeDelegate implements JavaDelegate {

  private final CaseMail mail;

  SendPunishmentNoticeDelegate(CaseMail mail) {
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mail.queue(mail.toApplicant(execution, NotificationType.PUNISHMENT_NOTICE, "punished")
        .with("reason", execution.getVariable("rectificationReason"))
        .with("measures", execution.getVariable("punishmentMeasuresText")));
  }
}
