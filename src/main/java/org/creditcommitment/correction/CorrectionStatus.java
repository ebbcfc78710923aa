package org.creditcommitment.correction;

/** Where a provider's correction stands. */
public enum CorrectionStatus {
  PENDING("待信用办确认"),
  CONFIRMED("已确认更正"),
  REFUSED("未予确认");

  private final String label;

  CorrectionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
