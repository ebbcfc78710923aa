package org.creditcommitment.objection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.notification.NotificationType;
import org.springframework.stereotype.Component;

/** 告知异议处理结果: the 异议处理结果告知书 is issued and the subject is told the outcome and the reasons. */
@Component("sendObjectionAnswerDelegate")
class SendObjectionAnswerDelegate implements JavaDelegate {

  private final ObjectionMail mail;
  private final ObjectionDocuments documents;
  private final ObjectionContext context;

  SendObjectionAnswerDelegate(ObjectionMail mail, ObjectionDocuments documents, ObjectionContext context) {
    this.documents = documents;
    this.mail = mail;
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ObjectionFacts facts = context.of(execution, execution.getProcessBusinessKey());
    Objection answered = facts.objection();
    mail.queue(mail.toSubject(facts, NotificationType.OBJECTION_ANSWERED)
        .with("outcome", ObjectionDecision.ofOutcome(answered.outcome()).label)
        .with("explanation", answered.explanation())
        .with("documentLink", documents.link(documents.result(facts))));
  }
}
