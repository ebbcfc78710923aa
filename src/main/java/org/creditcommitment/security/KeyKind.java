package org.creditcommitment.security;

/**
 * The kinds of business key the product numbers, and who besides the roles that read everything reads each kind
 * (docs/security.md "Who reads what"). Each kind is owned by the module that numbers it ({@link KeyOwner}).
 */
public enum KeyKind {

  /** 办件编号 XY…: approvers and inspectors of the case's department. */
  CASE(true, false, "unknown-case", "办件编号「%s」不存在", "No case with number '%s'"),
  /** 主动承诺编号 ZY…: approvers and inspectors of the template's department. */
  VOLUNTARY(true, false, "unknown-voluntary-commitment", "主动承诺编号「%s」不存在",
      "No voluntary commitment with number '%s'"),
  /** 异议编号 YY…: the credit office's; data providers answer every objection (the provider group is offered each). */
  OBJECTION(false, true, "unknown-objection", "异议编号「%s」不存在", "No objection with number '%s'"),
  /**
   * 更正编号 GZ…: the credit office's, started by data providers (a provider reads it; which unit may start or read one is
   * the correction module's check).
   */
  CORRECTION(false, true, "unknown-correction", "更正编号「%s」不存在", "No correction with number '%s'"),
  /** 修复申请编号 XF…: the credit office's. */
  REPAIR(false, false, "unknown-repair", "信用修复申请编号「%s」不存在", "No credit repair with number '%s'"),
  /** A subject's code, under which its credit reports are kept: the credit office's. */
  CREDIT_REPORT(false, false, "unknown-subject", "信用主体「%s」无记录", "No records of subject '%s'"),
  /** A key no module numbers: only the roles that read everything. */
  OTHER(false, false, "unknown-case", "编号「%s」不存在", "No record with number '%s'");

  private final boolean departmental;
  private final boolean providersRead;
  private final String code;
  private final String zh;
  private final String en;

  KeyKind(boolean departmental, boolean providersRead, String code, String zh, String en) {
    this.departmental = departmental;
    this.providersRead = providersRead;
    this.code = code;
    this.zh = zh;
    this.en = en;
  }

  /** Whether approvers and inspectors of the owning department read keys of this kind. */
  public boolean departmental() {
    return departmental;
  }

  /** Whether data providers read keys of this kind. */
  public boolean providersRead() {
    return providersRead;
  }

  /** The problem code of an unknown key of this kind, the same whether it exists or is not the caller's. */
  public String unknownCode() {
    return code;
  }

  String unknownZh(String key) {
    return zh.formatted(key);
  }

  String unknownEn(String key) {
    return en.formatted(key);
  }
}
