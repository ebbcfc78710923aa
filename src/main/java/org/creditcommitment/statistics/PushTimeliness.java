package org.creditcommitment.statistics;

import java.time.Instant;
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

  /**
   * Adds approved, in time, late and not yet pushed to the tallies (items without a tally get one): of licensing data
   * (the commitment record of a licence granted) and of penalty data (the dishonesty record of a punishment decided,
   * 行政处罚信息), each counted from its decision.
   */
  void count(StatisticsRange range, Map<ItemKey, Tally> tallies) {
    for (CaseTallies.Approval approval : cases.approvals(range.start(), range.end())) {
      Tally t = tallies.computeIfAbsent(new ItemKey(approval.department(), approval.itemCode()), k -> new Tally());
      t.approved++;
      switch (timing(approval.decidedAt(), approval.pushedAt())) {
        case NOT_YET -> t.notYetPushed++;
        case LATE -> t.pushedLate++;
        case IN_TIME -> t.pushedInTime++;
      }
      add(t.licensing, approval.decidedAt(), approval.pushedAt());
    }
    for (CaseTallies.PenaltyDecision penalty : cases.penaltyDecisions(range.start(), range.end())) {
      Tally t = tallies.computeIfAbsent(new ItemKey(penalty.department(), penalty.itemCode()), k -> new Tally());
      add(t.penalty, penalty.decidedAt(), penalty.pushedAt());
    }
  }

  private enum Timing { IN_TIME, LATE, NOT_YET }

  private void add(Tally.Flow flow, Instant decidedAt, Instant pushedAt) {
    flow.decided++;
    switch (timing(decidedAt, pushedAt)) {
      case NOT_YET -> flow.notYetPushed++;
      case LATE -> flow.late++;
      case IN_TIME -> flow.inTime++;
    }
  }

  private Timing timing(Instant decidedAt, Instant pushedAt) {
    if (pushedAt == null) {
      return Timing.NOT_YET;
    }
    return pushedAt.isAfter(calendar.dueAfterWorkingDays(decidedAt, properties.pushWorkingDays()).instant())
        ? Timing.LATE : Timing.IN_TIME;
  }
}
