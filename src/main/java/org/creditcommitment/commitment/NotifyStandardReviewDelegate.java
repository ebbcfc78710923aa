package org.creditcommitment.commitment;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.notification.NotificationType;
import org.springframework.stereotype.Component;

/**
 * 告知按原程序办理 (义政数〔2020〕17号 四(一), 平龙政服领办〔2022〕11号 四): not eligible, the applicant would not
 * commit, or withdrew the commitment before the decision (撤回信用审批, 平龙政服领办〔2022〕11号 四（二）第4项: 撤回后
 * 信用审批办理方式自行终止); the application is examined by the original procedure and the applicant is told why, a
 * withdrawn commitment in a notice of its own. An applicant whose grade (A or above) allows no commitment type asked
 * for is also told the benefits the grade still earns (平龙政服领办〔2022〕11号 三第1项: A级…享受预约办理、全程帮办代办服务、
 * 免费快递邮寄、“企业开办大礼包”等便利服务).
 */
@Component("notifyStandardReviewDelegate")
class NotifyStandardReviewDelegate implements JavaDelegate {

  static final String DECLINED_REASON = "申请人未作出信用承诺，依规按原审批程序办理。";
  /** The eligibility decision's codes for a grade that earns benefits but not the commitment type asked for. */
  private static final Set<String> GRADE_SHORT_OF_TYPE = Set.of("TYPE_NEEDS_HIGHER_GRADE", "BELOW_ITEM_MINIMUM");
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
    mail.queue(mail.toApplicant(execution, NotificationType.STANDARD_REVIEW, "standard-review").with("reason", reason)
        .with("benefitsClause", eligible ? "" : benefitsClause(cases.facts(c.caseNo()))));
  }

  /** The benefits an applicant refused a commitment type for its grade still gets; empty for anyone else. */
  static String benefitsClause(CaseFacts facts) {
    String benefits = facts.benefits();
    if (!GRADE_SHORT_OF_TYPE.contains(facts.eligibilityCode()) || benefits == null
        || RecordBenefitsListener.NONE.equals(benefits)) {
      return "";
    }
    return "\n您的公共信用综合评价等级为" + facts.grade() + "，按原审批程序办理时仍可享受以下守信激励措施：" + benefits
        + "。办理时请向窗口工作人员提出。\n";
  }
}
