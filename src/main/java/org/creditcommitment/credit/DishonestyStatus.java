package org.creditcommitment.credit;

/**
 * Where a dishonesty record stands. ACTIVE and UNDER_OBJECTION records are in force (in publicity, counting against
 * the subject); an objection marks a record without lifting its effect until the objection is decided.
 */
public enum DishonestyStatus {
  ACTIVE("公示中"),
  UNDER_OBJECTION("异议处理中"),
  CORRECTED("已更正"),
  REPAIRED("已信用修复"),
  EXPIRED("公示期满"),
  REVOKED("已撤销");

  private final String label;

  DishonestyStatus(String label) {
    this.label = label;
  }

  /** The status as officials and subjects read it wherever a record shows. */
  public String label() {
    return label;
  }

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
