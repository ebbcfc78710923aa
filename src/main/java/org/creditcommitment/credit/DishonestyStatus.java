package org.creditcommitment.credit;

/**
 * Where a dishonesty record stands. ACTIVE and UNDER_OBJECTION records are in force (in publicity, counting against
 * the subject); an objection marks a record without lifting its effect until the objection is decided.
 */
public enum DishonestyStatus {
  ACTIVE,
  UNDER_OBJECTION,
  CORRECTED,
  REPAIRED,
  EXPIRED,
  REVOKED;

  public boolean inForce() {
    return this == ACTIVE || this == UNDER_OBJECTION;
  }

  /**
   * The status a record takes when an objection's answer asks for {@code requested}: a record whose publicity ended
   * while it was under objection stays ended (期限届满及时撤出) when the answer keeps or corrects it.
   */
  public DishonestyStatus answeredWith(DishonestyStatus requested) {
    return this == EXPIRED && requested == ACTIVE ? EXPIRED : requested;
  }
}
