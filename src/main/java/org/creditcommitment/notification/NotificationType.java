package org.creditcommitment.notification;

import java.util.List;
import java.util.Locale;

/**
 * One e-mail per event of DESIGN.md, each with the template variables its sender must supply. The
 * variable {@code caseNo} is always available (taken from {@link Notification#caseNo()}); every other
 * variable listed here is required, and no other may be passed, so a typo fails the caller's test.
 */
public enum NotificationType {

  /** 告知书: conditions, standards and consequences; the letter itself is linked. */
  CONDITIONS_NOTICE("信用承诺告知书", "applicantName", "itemName", "letterLink", "signDeadline"),
  COMMITMENT_RECEIVED("承诺书已收到", "applicantName", "itemName", "signedAt", "decisionPeriod"),
  DECISION_APPROVED("准予许可决定", "applicantName", "itemName", "licenceNo", "documentLink"),
  DECISION_DENIED("不予许可决定", "applicantName", "itemName", "reason", "documentLink"),
  /** Not eligible for the commitment mode: the application continues under the ordinary procedure. */
  STANDARD_REVIEW("转按一般程序办理", "applicantName", "itemName", "reason", "benefitsClause"),
  /**
   * 撤回信用审批: the applicant withdrew the commitment before the decision; the commitment mode ends and the
   * application continues under the ordinary procedure.
   */
  COMMITMENT_WITHDRAWN("撤回信用承诺告知", "applicantName", "itemName", "reason"),
  MATERIALS_REMINDER("容缺材料补交提醒", "applicantName", "itemName", "missingMaterials", "materialsDeadline"),
  INSPECTION_NOTICE("履约践诺核查通知", "applicantName", "itemName", "inspectionDeadline"),
  RECTIFICATION_NOTICE("限期整改通知", "applicantName", "itemName", "findings", "rectificationDeadline",
      "documentLink"),
  /** 拟作出失信惩戒告知 (行政处罚法 第四十四条): the proposal, the statement period and the hearing right. */
  PRIOR_NOTICE("拟作出失信惩戒告知", "applicantName", "itemName", "facts", "measures", "statementDeadline",
      "hearingClause", "documentLink"),
  /** 受理通知 (行政许可法 第三十二条): the application accepted (or accepted by law from receipt), the decision's last day. */
  ACCEPTANCE_NOTICE("受理通知", "applicantName", "itemName", "acceptedDate", "decisionDeadline", "documentLink"),
  /** 补正材料通知 (行政许可法 第三十二条): every material to correct, what is wrong with it, and the period. */
  CORRECTION_NOTICE("补正材料通知", "applicantName", "itemName", "items", "correctionDeadline", "documentLink"),
  /** 延期通知 (行政许可法 第四十二条): the decision period was extended, why, and its new last day. */
  EXTENSION_NOTICE("延期通知", "applicantName", "itemName", "reason", "previousDeadline", "newDeadline",
      "documentLink"),
  /** 中止办理期限通知 (行政许可法 第四十五条): the decision period's clock stands for a hearing, test or review. */
  SUSPENSION_NOTICE("中止办理期限通知", "applicantName", "itemName", "suspensionKind", "reason", "documentLink"),
  /** 恢复计算办理期限通知: the clock runs again; the working days it stood are not counted. */
  RESUMPTION_NOTICE("恢复计算办理期限通知", "applicantName", "itemName", "suspensionKind", "workingDays",
      "newDeadline", "documentLink"),
  PUNISHMENT_NOTICE("失信惩戒告知", "applicantName", "itemName", "reason", "measures", "documentLink"),
  OBJECTION_RECEIVED("信用异议已受理", "subjectName", "recordSummary", "answerDeadline"),
  OBJECTION_ANSWERED("信用异议处理结果", "subjectName", "recordSummary", "outcome", "explanation",
      "documentLink"),
  REPAIR_RESULT("信用修复结果", "subjectName", "recordSummary", "outcome", "explanation", "documentLink"),
  /** Credit repair: the initial review found the application incomplete (补正材料). */
  REPAIR_SUPPLEMENT("信用修复补正材料通知", "subjectName", "recordSummary", "missingItems", "supplementDeadline"),
  /** A voluntary commitment returned by the department's 形式审查, with the reason. */
  VOLUNTARY_RETURNED("主动承诺退回通知", "subjectName", "templateName", "reason"),
  /** 信息更正告知: to the subject, a record about it was corrected at its supplier's request (工作要点 一（二）). */
  RECORD_CORRECTED("信用信息更正告知", "subjectName", "recordSummary", "correction", "explanation"),
  /**
   * To the credit office: a supplying unit asked to correct a record; it confirms or refuses within 2 working days
   * (工作要点 一（二）), so it is told at once rather than only by the reminder before the period ends.
   */
  CORRECTION_FILED("信息更正申请待确认", "recordSummary", "sourceUnit", "explanation"),
  /** To the supplying unit's group: the credit office confirmed or refused the correction it asked for. */
  CORRECTION_ANSWERED("信息更正确认结果", "recordSummary", "outcome", "reason"),
  /** To officers: a task of theirs falls due soon. */
  DEADLINE_REMINDER("办理期限提醒", "taskName", "deadline"),
  /**
   * To the officials a new task reached (its candidate groups' members, its assignee): a short message only, to those
   * with a mobile number; their e-mail for new tasks is the daily digest.
   */
  TASK_CREATED("新待办任务", "taskName", "deadline"),
  /** To an official who subscribed: the new and the overdue tasks of their groups, once a working day. */
  WORK_DIGEST("待办工作日报", "userName", "date", "newTasks", "overdueTasks"),
  /** 催办: to whoever holds an overdue or slow task, from a department head or the credit office. */
  TASK_URGED("催办通知", "taskName", "urgedBy", "deadline", "note"),
  /** To the credit office: a deadline passed without the task being done. */
  ESCALATION("超期督办", "taskName", "responsibleGroup", "deadline"),
  /** 信用风险监测预警: to the credit office and the departments concerned. */
  RISK_WARNING("信用风险预警", "subjectName", "summary"),
  /** Withdrawn by the applicant or abandoned (letter not signed in time). */
  CASE_CLOSED("办件终结通知", "applicantName", "itemName", "outcome", "reason"),
  /** 违背承诺纳入重点监管 (汕府办函〔2021〕17号 (一)): to the subject whose broken commitment was recorded. */
  KEY_SUPERVISION("纳入重点监管告知", "applicantName", "itemName", "reason", "listedUntil");

  /** Always available to every template. */
  public static final String CASE_NO = "caseNo";

  private final String label;
  private final List<String> variables;

  NotificationType(String label, String... variables) {
    this.label = label;
    this.variables = List.of(variables);
  }

  /** The Chinese name officials see in lists. */
  public String label() {
    return label;
  }

  /** Variables the sender must pass, without {@link #CASE_NO}. */
  public List<String> variables() {
    return variables;
  }

  /** The template file name, e.g. {@code conditions-notice.txt}. */
  public String templateFile() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-') + ".txt";
  }
}
