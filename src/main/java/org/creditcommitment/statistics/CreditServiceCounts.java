package org.creditcommitment.statistics;

import org.creditcommitment.objection.ObjectionTallies;
import org.creditcommitment.repair.RepairTallies;
import org.springframework.stereotype.Component;

/**
 * Credit repairs and objections filed in the range, from the tallies of their modules (their own case records, not
 * engine history: the figures survive history cleanup). An objection was answered within its 2 working days when its
 * answer deadline ended cancelled (the wait ended) and never fired.
 */
@Component
class CreditServiceCounts {

  private final RepairTallies repairs;
  private final ObjectionTallies objections;

  CreditServiceCounts(RepairTallies repairs, ObjectionTallies objections) {
    this.repairs = repairs;
    this.objections = objections;
  }

  Figures.CreditServices count(StatisticsRange range) {
    ObjectionTallies.Tally objected = objections.filed(range.start(), range.end());
    return new Figures.CreditServices(repairs.filed(range.start(), range.end()), objected.filed(),
        objected.answeredInTime());
  }
}
