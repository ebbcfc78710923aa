package org.creditcommitment.security;

import java.util.List;
import java.util.Map;

/** The role groups of DESIGN.md "Who uses it". Their ids are a public contract (forms, BPMN candidate groups). */
public final class Groups {

  public static final String CLERK = "clerk";
  public static final String APPROVER = "approver";
  public static final String INSPECTOR = "inspector";
  /**
   * Department heads (行政机关负责人): approve an extension of a decision period (行政许可法 第四十二条); each department's
   * in leader-&lt;dept&gt;, reading its cases as its approvers do.
   */
  public static final String LEADER = "leader";
  public static final String PROVIDER = "provider";
  public static final String CREDIT_OFFICE = "credit-office";
  public static final String AUDITOR = "auditor";
  public static final String ADMIN = "camunda-admin";
  /** The online portal's system account(s): apply, sign, withdraw on behalf of applicants. */
  public static final String PORTAL = "portal";

  /** Role groups that work in Tasklist, with their Chinese names. */
  public static final Map<String, String> ROLES = Map.of(
      CLERK, "窗口受理",
      APPROVER, "审批",
      LEADER, "部门负责人",
      INSPECTOR, "核查",
      PROVIDER, "信息提供单位",
      CREDIT_OFFICE, "信用办",
      AUDITOR, "审计",
      PORTAL, "网上办事大厅");

  public static final List<String> ROLE_ORDER = List.of(CLERK, APPROVER, LEADER, INSPECTOR, PROVIDER, CREDIT_OFFICE,
      AUDITOR);

  /** Groups with demo users: the Tasklist roles and the portal's API account. */
  public static final List<String> DEMO_ORDER = List.of(CLERK, APPROVER, LEADER, INSPECTOR, PROVIDER,
      CREDIT_OFFICE, AUDITOR, PORTAL);

  private Groups() {}
}
