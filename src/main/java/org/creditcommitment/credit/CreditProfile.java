package org.creditcommitment.credit;

import java.time.Instant;
import java.util.List;

import org.creditcommitment.subject.SubjectType;

/**
 * A subject's credit profile as one adapter answered it at one time: the evidence a credit query keeps.
 *
 * @param name the registered name (企业名称 or 姓名); an application must name the subject so
 * @param grade null when the subject has no grade
 * @param unperformedPenalty true when {@code unperformedPenalties} is not empty
 * @param queriedAt when the answer was obtained
 * @param source {@code embedded} or {@code http:<base-url>}
 */
public record CreditProfile(String code, String name, SubjectType subjectType, String email, String grade,
    boolean redListed, boolean blacklisted, String blacklistBasis, boolean unperformedPenalty,
    List<UnperformedPenalty> unperformedPenalties, List<DishonestyRecord> dishonestyRecords,
    List<FulfilmentRecord> fulfilmentRecords, Instant queriedAt, String source) {

  public CreditProfile {
    unperformedPenalties = unperformedPenalties == null ? List.of() : List.copyOf(unperformedPenalties);
    dishonestyRecords = dishonestyRecords == null ? List.of() : List.copyOf(dishonestyRecords);
    fulfilmentRecords = fulfilmentRecords == null ? List.of() : List.copyOf(fulfilmentRecords);
    unperformedPenalty = unperformedPenalty || !unperformedPenalties.isEmpty();
  }

  /** Records still in force (in publicity, also while under objection): what eligibility and risk warnings see. */
  public List<DishonestyRecord> activeDishonestyRecords() {
    return dishonestyRecords.stream().filter(DishonestyRecord::inForce).toList();
  }

  public boolean hasActiveDishonestyRecord() {
    return dishonestyRecords.stream().anyMatch(DishonestyRecord::inForce);
  }

  /** This profile as the adapter that passed it on answered it: the evidence names who answered and when. */
  public CreditProfile answeredBy(String answeringSource, Instant at) {
    return new CreditProfile(code, name, subjectType, email, grade, redListed, blacklisted, blacklistBasis,
        unperformedPenalty, unperformedPenalties, dishonestyRecords, fulfilmentRecords, at, answeringSource);
  }
}
