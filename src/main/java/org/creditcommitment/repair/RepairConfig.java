package org.creditcommitment.repair;

import org.creditcommitment.deadline.DeadlineKind;
import org.creditcommitment.deadline.ReminderRecipients;
import org.creditcommitment.security.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class RepairConfig {

  static final String REVIEW_DEADLINE = "repairReview";
  static final String SUPPLEMENT_DEADLINE = "supplement";

  /** The credit office is reminded before a repair's initial review falls due. */
  @Bean
  DeadlineKind repairReviewDeadlineKind() {
    return new DeadlineKind(REVIEW_DEADLINE, "修复初审期限",
        "setting cc.repair.review-period, reminded cc.repair.review-reminder before (RepairPeriods)",
        ReminderRecipients.officers(Groups.CREDIT_OFFICE, "初审信用修复申请"));
  }

  @Bean
  DeadlineKind repairSupplementDeadlineKind() {
    return new DeadlineKind(SUPPLEMENT_DEADLINE, "补正材料期限", "setting cc.repair.supplement-period (RepairPeriods)",
        ReminderRecipients.none());
  }
}
