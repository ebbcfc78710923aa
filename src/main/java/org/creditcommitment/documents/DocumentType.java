package org.creditcommitment.documents;

/**
 * The documents the product issues, each with its template ({@code documents/<template>.html}) and title. The
 * policy basis is named where each is issued.
 */
public enum DocumentType {
  /** 信用承诺告知书: conditions, standards and the consequences of a false or broken commitment. */
  CONDITIONS_NOTICE("conditions-notice", "信用承诺告知书"),
  /** 信用承诺书 printed for a handwritten signature at the window. */
  COMMITMENT_LETTER("commitment-letter", "信用承诺书"),
  ACCEPTANCE_NOTICE("acceptance-notice", "受理通知书"),
  NON_ACCEPTANCE_NOTICE("non-acceptance-notice", "不予受理通知书"),
  /** 补正材料通知书 (中华人民共和国行政许可法 第三十二条): every material to correct, what is wrong, the period. */
  CORRECTION_NOTICE("correction-notice", "补正材料通知书"),
  LICENCE_DECISION("licence-decision", "准予行政许可决定书"),
  DENIAL_DECISION("denial-decision", "不予行政许可决定书"),
  RECTIFICATION_NOTICE("rectification-notice", "限期整改通知书"),
  PUNISHMENT_DECISION("punishment-decision", "失信惩戒决定书"),
  /** 拟作出失信惩戒告知书: facts, basis, proposed measures, the right to state one's case and to a hearing. */
  PRIOR_NOTICE("prior-notice", "拟作出失信惩戒告知书"),
  /** 延期通知书: the decision period extended with a department head's approval (行政许可法 第四十二条). */
  EXTENSION_NOTICE("extension-notice", "延期通知书"),
  /** The decision period's clock stopped for a hearing, test, appraisal or expert review (行政许可法 第四十五条). */
  SUSPENSION_NOTICE("suspension-notice", "中止办理期限通知书"),
  /** ... and restarted, with the new last day. */
  RESUMPTION_NOTICE("resumption-notice", "恢复计算办理期限通知书"),
  /**
   * 行政许可审批表: the levels of a leveled decision (承办、审核、批准), each level's opinion, who gave it and when, and the
   * decision (行政许可法 第三十七条、第三十八条); kept in the case file, issued when the final level decides.
   */
  APPROVAL_SHEET("approval-sheet", "行政许可审批表"),
  /**
   * 失信惩戒审批表: the same for a leveled punishment decision (行政处罚法 第五十七条), issued when its final level decides.
   * A type of its own: a case may hold both sheets, each found, listed and verified by its own title; one template.
   */
  PUNISHMENT_APPROVAL_SHEET("approval-sheet", "失信惩戒审批表"),
  OBJECTION_RESULT("objection-result", "异议处理结果告知书"),
  REPAIR_DECISION("repair-decision", "信用修复决定书"),
  /** 信用承诺履约报告 of one subject as of a date; belongs to no case. */
  CREDIT_REPORT("credit-report", "信用承诺履约报告"),
  /**
   * 信用承诺工作年度报告: the year's figures with charts, reported by the credit office every December
   * (普政数局〔2022〕25号 三（三）); belongs to no case, issued by the credit office.
   */
  YEARLY_REPORT("yearly-report", "信用承诺工作年度报告");

  private final String template;
  private final String title;

  DocumentType(String template, String title) {
    this.template = template;
    this.title = title;
  }

  public String template() {
    return template;
  }

  public String title() {
    return title;
  }
}
