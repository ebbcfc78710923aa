package org.creditcommitment.credit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The credit platform (信用平台) as the product sees it: one port, adapters {@code embedded} and
 * {@code http} (chosen by {@code cc.credit.adapter}). Every failure throws
 * {@link CreditPlatformException}; there is never a default profile. Features read and change credit data
 * only through this port, so with {@code http} they work on the remote platform's records, not on local
 * tables it never sees.
 */
public interface CreditPlatform {

  /**
   * The subject's current profile.
   *
   * @throws UnknownSubjectException the platform has no record of the subject
   * @throws CreditPlatformException the platform could not be asked or gave no usable answer
   */
  CreditProfile query(String code);

  /**
   * Pushes a record; a retry with the same idempotency key never creates a second one. A correction of a
   * dishonesty record (更正, also an objection's answer) is a {@link CreditRecordType#CORRECTION} push.
   *
   * @throws CreditPlatformException the platform refused the record, could not be asked or gave no usable answer
   */
  PushReceipt push(CreditRecord record);

  /**
   * Feeds an inspection result to the random-inspection system; idempotent by its key.
   *
   * @throws CreditPlatformException the platform refused the result or could not be asked
   */
  void feedInspection(InspectionResult result);

  /**
   * One dishonesty record of the subject, for requests that name both (objection, repair).
   *
   * @return empty when the subject has no record of this id; a record of another subject is empty too, so
   *     a request cannot probe whose a record is
   * @throws UnknownSubjectException the platform has no record of the subject
   * @throws CreditPlatformException the platform could not be asked or gave no usable answer
   */
  Optional<DishonestyRecord> dishonestyRecord(String subjectCode, long recordId);

  /**
   * Marks the subject's ACTIVE record {@link DishonestyStatus#UNDER_OBJECTION} for the objection: from now
   * on every profile shows the mark and the record no longer counts as active. The objection's answer
   * lifts the mark with a {@link CreditRecordType#CORRECTION} push. Marking a record already under
   * objection again changes nothing, so a retry is harmless. The embedded platform writes the mark in the
   * caller's transaction when there is one.
   *
   * @throws UnknownSubjectException the platform has no record of the subject
   * @throws CreditPlatformException the subject has no such record, the record is neither ACTIVE nor under
   *     objection (refused), or the platform could not be asked
   */
  void markUnderObjection(String subjectCode, long recordId, String objectionNo);

  /**
   * Takes back the mark {@link #markUnderObjection} set for an objection that could not be filed after all:
   * the record is ACTIVE again. A record that is not under objection is left as it is.
   *
   * @throws UnknownSubjectException the platform has no record of the subject
   * @throws CreditPlatformException the subject has no such record or the platform could not be asked
   */
  void withdrawObjectionMark(String subjectCode, long recordId, String objectionNo);

  /**
   * The subject's administrative penalties (行政处罚) decided from {@code from} to {@code to}, both days included,
   * performed or not, each with its field (领域): what a certificate of no violation attests, which the credit report
   * replaces (汕府办函〔2021〕17号 二（三）).
   *
   * @throws UnknownSubjectException the platform has no record of the subject
   * @throws CreditPlatformException the platform could not be asked or gave no usable answer
   */
  List<AdministrativePenalty> penalties(String subjectCode, LocalDate from, LocalDate to);

  /**
   * The ACTIVE records of every subject whose publicity ended before {@code day}: due to leave publicity
   * (期限届满及时撤出), which a {@link CreditRecordType#PUBLICITY_END} push does.
   *
   * @throws CreditPlatformException the platform could not be asked or gave no usable answer
   */
  List<DishonestyRecord> recordsWithPublicityEndedBefore(LocalDate day);

  /**
   * Every dishonesty record of every subject recorded on or after {@code from}, whatever its status (risk
   * monitoring).
   *
   * @throws CreditPlatformException the platform could not be asked or gave no usable answer
   */
  List<DishonestyRecord> recordsSince(LocalDate from);
}
