package org.creditcommitment.catalogue;

/** The two commitment types of 义政数〔2020〕17号 (告知承诺型, 容缺受理型). Names are a public contract. */
public enum CommitmentType {
  NOTIFY_COMMIT("告知承诺"),
  TOLERATE_MISSING("容缺受理");

  private final String label;

  CommitmentType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The grade a type needs when the item sets no minimum of its own (平龙政服领办〔2022〕11号: AA, AAA). */
  public String defaultMinimumGrade() {
    return this == NOTIFY_COMMIT ? "AA" : "AAA";
  }
}
