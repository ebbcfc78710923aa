package org.creditcommitment.statistics;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.commitment.EndState;

/** Counts of one item, added up into departments and the total. */
final class Tally {

  long applications;
  final Map<CommitmentType, Long> types = zeros(CommitmentType.class);
  long eligibilityRefusals;
  final Map<EndState, Long> endStates = zeros(EndState.class);
  long running;
  long rectifications;
  long punishments;
  long breaches;
  long approved;
  long pushedInTime;
  long pushedLate;
  long notYetPushed;
  long inspectedFulfilled;
  long notDrawn;
  long reportsDue;
  long reported;
  long pushesAttempted;
  long pushesRefused;
  /** The applicants' codes, and those of them that fail their check character: distinct, so kept as sets. */
  final Set<String> codes = new HashSet<>();
  final Set<String> codeErrors = new HashSet<>();

  void add(Tally other) {
    inspectedFulfilled += other.inspectedFulfilled;
    notDrawn += other.notDrawn;
    reportsDue += other.reportsDue;
    reported += other.reported;
    pushesAttempted += other.pushesAttempted;
    pushesRefused += other.pushesRefused;
    codes.addAll(other.codes);
    codeErrors.addAll(other.codeErrors);
    applications += other.applications;
    other.types.forEach((type, n) -> types.merge(type, n, Long::sum));
    eligibilityRefusals += other.eligibilityRefusals;
    other.endStates.forEach((state, n) -> endStates.merge(state, n, Long::sum));
    running += other.running;
    rectifications += other.rectifications;
    punishments += other.punishments;
    breaches += other.breaches;
    approved += other.approved;
    pushedInTime += other.pushedInTime;
    pushedLate += other.pushedLate;
    notYetPushed += other.notYetPushed;
  }

  private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
    Map<E, Long> map = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      map.put(e, 0L);
    }
    return map;
  }
}
