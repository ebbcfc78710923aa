package org.creditcommitment.voluntary;

import java.util.List;

import org.creditcommitment.catalogue.CommitmentCategory;

/**
 * A template of a voluntary or self-regulatory commitment, from the operator's file
 * ({@code cc.voluntary.templates-file}).
 *
 * @param category {@link CommitmentCategory#VOLUNTARY} (主动型) or {@link CommitmentCategory#INDUSTRY_SELF_DISCIPLINE}
 *     (行业自律型: filed by an association for its members)
 * @param department the owning department's code; its approvers ({@code approver-<dept>}) review it
 * @param validity how long a published commitment stands (a DueSpec such as P1Y)
 * @param review the review period (a DueSpec such as 5WD)
 * @param text the text with placeholders {@link #PLACEHOLDERS}
 */
record VoluntaryTemplate(String code, String name, CommitmentCategory category, String department,
    String validity, String review, String text) {

  public static final List<String> PLACEHOLDERS = List.of("subjectName", "subjectCode", "memberCount", "members");

  public String categoryLabel() {
    return category.label();
  }

  /** An association files it for its members (行业自律型). */
  public boolean coversMembers() {
    return category == CommitmentCategory.INDUSTRY_SELF_DISCIPLINE;
  }

  /**
   * The fixed text the subject signs: the placeholders filled in; trailing blanks of lines and of the text removed, so
   * the same input always gives the same text and hash.
   */
  String render(String subjectName, String subjectCode, List<String> members) {
    String out = text.replace("{subjectName}", subjectName).replace("{subjectCode}", subjectCode)
        .replace("{memberCount}", Integer.toString(members.size()))
        .replace("{members}", String.join("\n", members));
    return out.lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("").strip();
  }
}
