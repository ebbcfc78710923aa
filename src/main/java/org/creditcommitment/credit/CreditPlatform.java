package org.creditcommitment.credit;

/**
 * The credit platform (信用平台) as the product sees it: one port, adapters {@code embedded} and
 * {@code http} (chosen by {@code cc.credit.adapter}). Every failure throws
 * {@link CreditPlatformException}; there is never a default profile.
 */
public interface CreditPlatform {

  /**
   * The subject's current profile.
   *
   * @throws UnknownSubjectException the platform has no record of the subject
   * @throws CreditPlatformException the platform could not be asked or gave no usable answer
   */
  CreditProfile query(String code);

  /** Pushes a record; a retry with the same idempotency key never creates a second one. */
  PushReceipt push(CreditRecord record);

  /** Feeds an inspection result to the random-inspection system; idempotent by its key. */
  void feedInspection(InspectionResult result);
}
