package org.creditcommitment.statistics;

import java.util.Map;

import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.commitment.CaseTallies;
import org.springframework.stereotype.Component;

/**
 * 归集推送及时率. A commitment record counts as pushed when the credit platform accepted it: the case's push time,
 * written by the push step in the transaction of the successful push (with either credit adapter), so the figure
 * needs no engine history and survives its cleanup.
 */
@Component
class PushTimeliness {

  private final CaseTallies cases;
  private final WorkingDayCalendar calendar;
  private final StatisticsProperties properties;

  PushTimeliness(CaseTallies cases, WorkingDayCalendar calendar, StatisticsProperties properties) {
    this.cases = cases;
    this.calendar = calendar;
    this.properties = properties;
  }

  /** Adds approved, in time, late and not yet pushed to the tallies (items without a tally get one). */
  void count(StatisticsRange range, Map<ItemKey, Tally> tallies) {
    for (CaseTallies.Approval approval : cases.approvals(range.start(), range.end())) {
      Tally t = tallies.computeIfAbsent(new ItemKey(approval.department(), approval.itemCode()), k -> new Tally());
      t.approved++;
      if (approval.pushedAt() == null) {
        t.notYetPushed++;
      } else if (approval.pushedAt().isAfter(
          calendar.dueAfterWorkingDays(approval.decidedAt(), properties.pushWorkingDays()).instant())) {
        t.pushedLate++;
      } else {
        t.pushedInTime++;
      }
    }
  }
}
