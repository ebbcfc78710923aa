package org.creditcommitment.voluntary;

import org.creditcommitment.deadline.DeadlineKind;
import org.creditcommitment.deadline.ReminderRecipients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The deadline kinds of voluntary-commitment.bpmn. */
@Configuration
class VoluntaryDeadlineKinds {

  static final String REVIEW = "voluntaryReview";
  static final String VALIDITY = "validity";

  @Bean
  DeadlineKind voluntaryReviewDeadlineKind() {
    return new DeadlineKind(REVIEW, "主动承诺审查期限",
        "the review period of the commitment's template, kept on its row (VoluntaryPeriods)", ReminderRecipients.none());
  }

  @Bean
  DeadlineKind voluntaryValidityDeadlineKind() {
    return new DeadlineKind(VALIDITY, "承诺有效期",
        "until 24:00 of the row's valid_until, the template's validity from publication (VoluntaryPeriods)",
        ReminderRecipients.none());
  }
}
