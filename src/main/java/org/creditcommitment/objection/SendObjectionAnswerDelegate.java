package org.creditcommitment.objection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.notification.NotificationType;
import org.springframework.stereotype.Component;

/** 告知异议处理结果: the subject is told the outcome and the reasons. */
@Component("sendObjectionAnswerDelegate")
class SendObjectionAnswerDelegate implements JavaDelegate {

  private final ObjectionMail mail;

  SendObjectionAnswerDelegate(ObjectionMail mail) {
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mail.queue(mail.toSubject(execution, NotificationType.OBJECTION_ANSWERED)
        .with("outcome", execution.getVariable("objectionOutcomeLabel"))
        .with("explanation", ObjectionAnswerListener.text(execution, "answerExplanation")));
  }
}
