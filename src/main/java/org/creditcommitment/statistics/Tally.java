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
  /** The applicants' codes, and those of them that are wrong (any kind, see {@link CodeErrors}): distinct, so sets. */
  final Set<String> codes = new HashSet<>();
  final Set<String> codeErrors = new HashSet<>();
  final Set<String> checkCharacterErrors = new HashSet<>();
  final Set<String> duplicateCodes = new HashSet<>();
  /** Codes a provider's correction moved a record away from; counted on the total only (no item owns them). */
  final Set<String> correctedCodes = new HashSet<>();
  /** 上报率, 合规率 and 及时率 of licensing and of penalty data apart. */
  final Flow licensing = new Flow();
  final Flow penalty = new Flow();

  /** What one kind of data owed the credit platform and delivered. */
  static final class Flow {
    long due;
    long reported;
    long attempted;
    long refused;
    long decided;
    long inTime;
    long late;
    long notYetPushed;

    void add(Flow o) {
      due += o.due;
      reported += o.reported;
      attempted += o.attempted;
      refused += o.refused;
      decided += o.decided;
      inTime += o.inTime;
      late += o.late;
      notYetPushed += o.notYetPushed;
    }
  }

  void add(Tally other) {
    checkCharacterErrors.addAll(other.checkCharacterErrors);
    duplicateCodes.addAll(other.duplicateCodes);
    correctedCodes.addAll(other.correctedCodes);
    licensing.add(other.licensing);
    penalty.add(other.penalty);
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
