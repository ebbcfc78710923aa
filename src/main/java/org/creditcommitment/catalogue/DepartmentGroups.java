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

  public static String inspectors(String department) {
    return of("inspector", department);
  }
}
