package org.creditcommitment.catalogue;

/** Department groups (DESIGN.md "Who uses it"): approval and inspection tasks go to approver-&lt;dept&gt;, inspector-&lt;dept&gt;. */
public final class DepartmentGroups {

  private DepartmentGroups() {}

  public static String of(String role, String department) {
    return role + "-" + department;
  }

  public static String approvers(String department) {
    return of("approver", department);
  }

  /** The department's heads (负责人), who approve an extension of its decision periods. */
  public static String leaders(String department) {
    return of("leader", department);
  }

  /** The department's reviewers (审核), the second level of an item decided in three (docs/catalogue.md approvalLevels). */
  public static String reviewers(String department) {
    return of("reviewer", department);
  }

  public static String inspectors(String department) {
    return of("inspector", department);
  }
}
