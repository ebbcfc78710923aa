package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.notification.NotificationType;
import org.springframework.stereotype.Component;

/**
 * 告知按原程序办理 (义政数〔2020〕17号 四(一), 平龙政服领办〔2022〕11号 四): not eligible, the applicant would not
 * commit, or withdrew the commitment before the decision (撤回信用审批, 平龙政服领办〔2022〕11号 四（二）第4项: 撤回后
 * 信用审批办理方式自行终止); the application is examined by the original procedure and the applicant is told why, a
 * withdrawn commitment in a notice of its own.
 */
@Component("notifyStandardReviewDelegate")
class NotifyStandardReviewDelegate implements JavaDelegate {

  static final String DECLINED_REASON = "申请人未作出信用承诺，依规按原审批程序办理。";
  static final String COMMITMENT_WITHDRAWN_REASON =
      "申请人在作出行政审批决定前撤回信用承诺，信用审批办理方式自行终止，依规按原审批程序办理。";
  /** The step of the model that follows a withdrawn commitment. */
  static final String AFTER_COMMITMENT_WITHDRAWN = "Task_NotifyCommitmentWithdrawn";

  private final Cases cases;
  private final CaseMail mail;

  NotifyStandardReviewDelegate(Cases cases, CaseMail mail) {
    this.cases = cases;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseRecord c = cases.require(execution.getProcessBusinessKey());
    if (AFTER_COMMITMENT_WITHDRAWN.equals(execution.getCurrentActivityId())) {
      String given = cases.facts(c.caseNo()).commitmentWithdrawalReason();
      String reason = given == null ? COMMITMENT_WITHDRAWN_REASON
          : COMMITMENT_WITHDRAWN_REASON + "申请人说明：" + given;
      cases.recordStandardReviewReason(c.caseNo(), reason);
      mail.queue(mail.toApplicant(execution, NotificationType.COMMITMENT_WITHDRAWN, "commitment-withdrawn")
          .with("reason", reason));
      return;
    }
    boolean eligible = Boolean.TRUE.equals(c.eligible());
    String reason = eligible ? DECLINED_REASON : c.eligibilityReason();
    cases.recordEligibility(c.caseNo(), eligible, reason);
    mail.queue(mail.toApplicant(execution, NotificationType.STANDARD_REVIEW, "standard-review").with("reason", reason));
  }
}
