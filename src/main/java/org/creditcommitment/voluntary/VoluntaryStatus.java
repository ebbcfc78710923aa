package org.creditcommitment.voluntary;

/** Where a voluntary commitment stands. */
public enum VoluntaryStatus {
  /** Filed and signed online; the owning department checks its form (形式审查). */
  UNDER_REVIEW("形式审查中"),
  /** Returned by the department with a reason; ended. */
  RETURNED("已退回"),
  /** Published and pushed to the credit platform; stands until valid_until. */
  PUBLISHED("已公示"),
  /** The subject withdrew it while it stood. */
  WITHDRAWN("已撤回"),
  /** Revoked by the credit office or the department (e.g. on a breach). */
  REVOKED("已撤销"),
  /** Its validity period ran out. */
  EXPIRED("已到期");

  private final String label;

  VoluntaryStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
