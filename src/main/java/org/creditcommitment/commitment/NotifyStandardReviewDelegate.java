package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.notification.NotificationType;
import org.springframework.stereotype.Component;

/**
 * 告知按原程序办理 (义政数〔2020〕17号 四(一), 平龙政服领办〔2022〕11号 四): not eligible, or the applicant
 * would not commit; the application is examined by the original procedure and the applicant is told why.
 */
@Component("notifyStandardReviewDelegate")
class NotifyStandardReviewDelegate implements JavaDelegate {

  static final String DECLINED_REASON = "申请人未作出信用承诺，依规按原审批程序办理。";

  private final Cases cases;
  private final CaseMail mail;

  NotifyStandardReviewDelegate(Cases cases, CaseMail mail) {
    this.cases = cases;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseRecord c = cases.require(execution.getProcessBusinessKey());
    boolean eligible = Boolean.TRUE.equals(c.eligible());
    String reason = eligible ? DECLINED_REASON : c.eligibilityReason();
    cases.recordEligibility(c.caseNo(), eligible, reason);
    mail.queue(mail.toApplicant(execution, NotificationType.STANDARD_REVIEW, "standard-review").with("reason", reason));
  }
}
