package org.creditcommitment.commitment;

import org.creditcommitment.catalogue.DepartmentGroups;
import org.creditcommitment.deadline.DeadlineKind;
import org.creditcommitment.deadline.ReminderRecipients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The statement period of commitment-lifecycle.bpmn's 失信惩戒 (中华人民共和国行政处罚法 第四十五条: 陈述申辩; 第六十四条:
 * a hearing is asked for within it). Declared beside {@link CaseDeadlineKinds}: it waits for the subject, not for
 * an official, so its passing is no escalation but the case going on to the decision (逾期未陈述申辩); the approvers
 * are reminded that the decision comes.
 */
@Configuration
class HearingDeadlineKinds {

  static final String STATEMENT = "statement";

  private final Cases cases;

  HearingDeadlineKinds(Cases cases) {
    this.cases = cases;
  }

  @Bean
  DeadlineKind statementDeadlineKind() {
    return new DeadlineKind(STATEMENT, "陈述申辩期限", "setting cc.punishment.statement-period (PriorNotices), 5WD",
        ReminderRecipients.officersOfTheCase("the approvers of the case's department",
            caseNo -> cases.find(caseNo).map(c -> DepartmentGroups.approvers(c.department())),
            "陈述申辩期限将届满，届满后作出失信惩戒决定"));
  }
}
