package org.creditcommitment.audit;

/**
 * The result of recomputing the audit chain.
 *
 * @param intact true when every event's hash and link are right and the chain head names the last event
 * @param eventsChecked how many events were recomputed
 * @param brokenEventId the first event whose hash or link is wrong (null when intact, or when only the head is)
 * @param problem what is wrong there, in English (null when intact)
 * @param problemZh the same in Chinese
 */
public record ChainVerification(boolean intact, long eventsChecked, Long brokenEventId, String problem,
    String problemZh) {

  static ChainVerification ok(long checked) {
    return new ChainVerification(true, checked, null, null, null);
  }

  static ChainVerification broken(long checked, Long eventId, String problem, String problemZh) {
    return new ChainVerification(false, checked, eventId, problem, problemZh);
  }
}
