package org.creditcommitment.commitment;

import java.time.LocalDate;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.creditcommitment.documents.IssuedDocument;
import org.creditcommitment.notification.NotificationType;
import org.springframework.stereotype.Component;

/**
 * On completing 一次性告知承诺条件: the conditions notice (告知书) is issued in writing and goes to the applicant with
 * the signing deadline, which starts now (义政数〔2020〕17号 四(二)); the mail links to the document's public
 * verification page, where the applicant opens it without a login.
 */
@Component("sendConditionsNoticeListener")
class SendConditionsNoticeListener implements TaskListener {

  private final CaseMail mail;
  private final CasePeriods periods;
  private final CaseDocuments documents;

  SendConditionsNoticeListener(CaseMail mail, CasePeriods periods, CaseDocuments documents) {
    this.periods = periods;
    this.mail = mail;
    this.documents = documents;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!Boolean.TRUE.equals(task.getVariable("conditionsNotified"))) {
      throw new BadUserRequestException("须确认已一次性告知条件、标准及违诺后果 / conditionsNotified must be true");
    }
    String caseNo = task.getExecution().getProcessBusinessKey();
    LocalDate signDeadline = mail.dueDateFromNow(periods.of(task.getExecution(), "signing"));
    IssuedDocument notice = documents.conditionsNotice(caseNo, signDeadline);
    mail.queue(mail.toApplicant(task, NotificationType.CONDITIONS_NOTICE, "notify")
        .with("letterLink", documents.link(notice))
        .with("signDeadline", signDeadline));
  }
}
