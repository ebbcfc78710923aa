package org.creditcommitment.commitment;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.creditcommitment.notification.NotificationType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * On completing 一次性告知承诺条件: the conditions notice (告知书) goes to the applicant in writing, with
 * the link to the letter and the signing deadline, which starts now (义政数〔2020〕17号 四(二)).
 */
@Component("sendConditionsNoticeListener")
class SendConditionsNoticeListener implements TaskListener {

  private final CaseMail mail;
  private final CasePeriods periods;
  private final String publicBaseUrl;

  SendConditionsNoticeListener(CaseMail mail, CasePeriods periods, @Value("${cc.public-base-url}") String publicBaseUrl) {
    this.periods = periods;
    this.mail = mail;
    this.publicBaseUrl = publicBaseUrl;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!Boolean.TRUE.equals(task.getVariable("conditionsNotified"))) {
      throw new BadUserRequestException("须确认已一次性告知条件、标准及违诺后果 / conditionsNotified must be true");
    }
    String caseNo = (String) task.getVariable("caseNo");
    mail.queue(mail.toApplicant(task, NotificationType.CONDITIONS_NOTICE, "notify")
        .with("letterLink", publicBaseUrl + "/api/cases/" + caseNo + "/letter")
        .with("signDeadline", mail.dueDateFromNow(periods.of(task.getExecution(), "signing"))));
  }
}
