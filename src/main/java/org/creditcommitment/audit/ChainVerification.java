package org.creditcommitment.audit;

/**
 * The result of recomputing the audit log.
 *
 * @param intact true when every event's hashes and links are right, the chain head names the last chained event
 *     and no event has waited for chaining longer than the grace period
 * @param eventsChecked how many events were recomputed (chained and unchained)
 * @param brokenEventId the first event with a problem (null when intact, or when only the head is wrong)
 * @param problem what is wrong there, in English (null when intact)
 * @param problemZh the same in Chinese
 * @param unchainedEvents events recorded moments ago and not linked yet (their content hash was checked)
 */
public record ChainVerification(boolean intact, long eventsChecked, Long brokenEventId, String problem,
    String problemZh, long unchainedEvents) {

  static ChainVerification ok(long checked, long unchained) {
    return new ChainVerification(true, checked, null, null, null, unchained);
  }

  static ChainVerification broken(long checked, Long eventId, String problem, String problemZh) {
    return new ChainVerification(false, checked, eventId, problem, problemZh, 0);
  }
}
