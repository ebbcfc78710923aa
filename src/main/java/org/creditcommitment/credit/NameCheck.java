package org.creditcommitment.credit;

/**
 * How far the name a filing gives for a subject was held against the name the credit platform registers for its
 * code (kept on the case and on the voluntary commitment, with when it was checked). Names are a public contract.
 */
public enum NameCheck {
  /** The platform registers this name (up to the spelling of parentheses); the filing keeps its spelling. */
  VERIFIED("已核验"),
  /**
   * The platform could not be reached when the filing arrived: accepted with the name as given, checked by the
   * process's first step that asks the platform anyway, before any document or publication carries the name.
   */
  UNVERIFIED("待核验"),
  /** The platform has no record of the subject: nothing to hold the name against, kept as given. */
  UNREGISTERED("信用平台无登记"),
  /** Checked after an unverified filing, and not the registered name: the filing was refused there. */
  MISMATCH("与登记名称不一致");

  private final String label;

  NameCheck(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
