package org.creditcommitment.credit;

import java.util.HashSet;
import java.util.List;

/**
 * The ordered credit grades, best first (公共信用综合评价). Configured as {@code cc.credit.grade-scale};
 * the default is {@link #DEFAULT}, the 优/良/中/差 scale of the Shanwei documents works by configuration.
 */
public final class GradeScale {

  public static final List<String> DEFAULT = List.of("AAA", "AA", "A+", "A", "A-", "B", "C", "D");

  private final List<String> grades;

  private GradeScale(List<String> grades) {
    this.grades = List.copyOf(grades);
  }

  /** A scale from the best grade to the worst; names must be distinct and not blank. */
  public static GradeScale of(List<String> bestFirst) {
    if (bestFirst == null || bestFirst.isEmpty()) {
      throw new IllegalArgumentException("cc.credit.grade-scale must list at least one grade");
    }
    if (bestFirst.stream().anyMatch(g -> g == null || g.isBlank())
        || new HashSet<>(bestFirst).size() != bestFirst.size()) {
      throw new IllegalArgumentException("cc.credit.grade-scale must list distinct, non-blank grades: " + bestFirst);
    }
    return new GradeScale(bestFirst);
  }

  public List<String> grades() {
    return grades;
  }

  public boolean contains(String grade) {
    return grade != null && grades.contains(grade);
  }

  /** 0 for the best grade, growing towards the worst. */
  public int rank(String grade) {
    int rank = grade == null ? -1 : grades.indexOf(grade);
    if (rank < 0) {
      throw new IllegalArgumentException("'" + grade + "' is not a grade of the scale " + grades);
    }
    return rank;
  }

  /** True when {@code grade} is as good as {@code minimum} or better; no grade is never enough. */
  public boolean atLeast(String grade, String minimum) {
    int required = rank(minimum);
    return contains(grade) && rank(grade) <= required;
  }

  @Override
  public String toString() {
    return String.join(" > ", grades);
  }
}
