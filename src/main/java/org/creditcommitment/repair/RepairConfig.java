package org.creditcommitment.repair;

import org.creditcommitment.notification.OfficerReminder;
import org.creditcommitment.security.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class RepairConfig {

  /** The credit office is reminded before a repair's initial review falls due. */
  @Bean
  OfficerReminder repairReviewReminder() {
    return new OfficerReminder("repairReview", Groups.CREDIT_OFFICE, "初审信用修复申请");
  }
}
