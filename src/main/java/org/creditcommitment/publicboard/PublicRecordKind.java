package org.creditcommitment.publicboard;

/** What a public record is; the names are a public contract of the board's JSON. */
public enum PublicRecordKind {
  /** A commitment (信用承诺) of any of the five categories. */
  COMMITMENT("信用承诺"),
  /** A licensing decision (行政许可: 准予许可, with the licence number and the decision date). */
  LICENCE("行政许可");

  private final String label;

  PublicRecordKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
