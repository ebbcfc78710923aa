package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.notification.NotificationType;
import org.springframework.stereotype.Component;

/** 送达惩戒决定: the subject is told which measures apply and why, and that credit repair is possible. */
@Component("sendPunishmentNoticeDelegate")
class SendPunishmentNoticeDelegate implements JavaDelegate {

  private final CaseMail mail;
  private final Cases cases;

  SendPunishmentNoticeDelegate(CaseMail mail, Cases cases) {
    this.cases = cases;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseFacts facts = cases.facts(execution.getProcessBusinessKey());
    mail.queue(mail.toApplicant(execution, NotificationType.PUNISHMENT_NOTICE, "punished")
        .with("reason", facts.rectificationReason())
        .with("measures", String.join("；", PunishmentMeasure.parse(facts.punishmentMeasures()).stream()
            .map(PunishmentMeasure::label).toList())));
  }
}
