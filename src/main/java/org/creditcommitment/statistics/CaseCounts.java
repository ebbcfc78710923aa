package org.creditcommitment.statistics;

import java.util.Map;
import java.util.TreeMap;

import org.creditcommitment.commitment.CaseTallies;
import org.springframework.stereotype.Component;

/** Case figures per item, from the facts the case records keep (the commitment module's {@link CaseTallies}). */
@Component
class CaseCounts {

  private final CaseTallies cases;

  CaseCounts(CaseTallies cases) {
    this.cases = cases;
  }

  Map<ItemKey, Tally> count(StatisticsRange range) {
    Map<ItemKey, Tally> tallies = new TreeMap<>();
    for (CaseTallies.ItemTally item : cases.byItem(range.start(), range.end())) {
      Tally t = new Tally();
      t.applications = item.applications();
      t.types.putAll(item.eligibleByType());
      t.eligibilityRefusals = item.eligibilityRefusals();
      t.endStates.putAll(item.endStates());
      t.running = item.running();
      t.rectifications = item.rectifications();
      t.punishments = item.punishments();
      t.breaches = item.breaches();
      t.inspectedFulfilled = item.inspectedFulfilled();
      t.notDrawn = item.notDrawn();
      tallies.put(new ItemKey(item.department(), item.itemCode()), t);
    }
    return tallies;
  }
}
