package org.creditcommitment.objection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.notification.NotificationType;
import org.creditcommitment.system.StepInputs;
import org.springframework.stereotype.Component;

/** 告知异议处理结果: the 异议处理结果告知书 is issued and the subject is told the outcome and the reasons. */
@Component("sendObjectionAnswerDelegate")
class SendObjectionAnswerDelegate implements JavaDelegate {

  private final ObjectionMail mail;
  private final ObjectionDocuments documents;

  SendObjectionAnswerDelegate(ObjectionMail mail, ObjectionDocuments documents) {
    this.documents = documents;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mail.queue(mail.toSubject(execution, NotificationType.OBJECTION_ANSWERED)
        .with("outcome", execution.getVariable("objectionOutcomeLabel"))
        .with("explanation", StepInputs.text(execution, "answerExplanation"))
        .with("documentLink", documents.link(documents.result(execution))));
  }
}
