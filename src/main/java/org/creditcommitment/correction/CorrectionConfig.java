package org.creditcommitment.correction;

import org.creditcommitment.deadline.DeadlineKind;
import org.creditcommitment.deadline.ReminderRecipients;
import org.creditcommitment.security.Groups;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(CorrectionProperties.class)
class CorrectionConfig {

  static final String CONFIRMATION_DEADLINE = "correctionConfirmation";

  /** The credit office confirms; the model catches the deadline and escalates there (督办超期更正). */
  @Bean
  DeadlineKind correctionConfirmationDeadlineKind() {
    return new DeadlineKind(CONFIRMATION_DEADLINE, "更正确认期限",
        "setting cc.provider-correction.confirmation-period (2WD), reminded cc.provider-correction.confirmation-reminder before"
            + " (CorrectionPeriods)",
        ReminderRecipients.officers(Groups.CREDIT_OFFICE, "确认信息提供单位的更正"));
  }
}
