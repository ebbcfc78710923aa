package org.creditcommitment.commitment;

import java.time.Clock;

import org.creditcommitment.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The period within which the punishment is decided once the breach is found (the case entering 失信惩戒), by analogy
 * with 中华人民共和国行政处罚法 第六十条 (作出行政处罚决定 within 90 days of 立案): 90 calendar days (P90D), as the article
 * counts 日, not working days. Setting cc.punishment.decision-period.
 */
@Component("punishmentDecisionPeriod")
public class PunishmentDecisionPeriod {

  private final String spec;

  PunishmentDecisionPeriod(Clock clock, WorkingDayCalendar calendar,
      @Value("${cc.punishment.decision-period:P90D}") String spec) {
    // a period the calendar cannot read stops the start, not the first case that reaches it
    calendar.due(clock.instant(), spec);
    this.spec = spec;
  }

  /** The deadline spec, e.g. P90D. */
  public String spec() {
    return spec;
  }
}
