package org.creditcommitment.casehistory;

import java.util.Map;

/** Chinese names of timeline entry types and engine operations, for the auditor page and the CSV. */
final class TimelineLabels {

  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("process.started", "流程启动"),
      Map.entry("process.ended", "流程结束"),
      Map.entry("activity.started", "进入环节"),
      Map.entry("activity.ended", "离开环节"),
      Map.entry("message.received", "收到消息"),
      Map.entry("withdrawal", "申请人撤回"),
      Map.entry("task.created", "任务生成"),
      Map.entry("task.completed", "任务完成"),
      Map.entry("task.deleted", "任务取消"),
      Map.entry("variables.updated", "流程数据更新"),
      Map.entry("decision.evaluated", "规则判定（DMN）"),
      Map.entry("incident.created", "发生故障（事件）"),
      Map.entry("incident.resolved", "故障已解决"),
      Map.entry("incident.deleted", "故障已撤销"),
      Map.entry("job.failed", "后台作业执行失败"),
      Map.entry("notification.queued", "通知已排队"),
      Map.entry("notification.sent", "通知已发送"),
      Map.entry("notification.failed", "通知发送失败"),
      Map.entry("credit.queried", "信用查询"),
      Map.entry("credit.pushed", "归集推送"),
      Map.entry("deadline.scheduled", "设定期限"),
      Map.entry("deadline.reminded", "期限提醒"),
      Map.entry("deadline.fired", "期限届满"),
      Map.entry("deadline.cancelled", "期限取消"),
      Map.entry("deadline.suspended", "期限中止计算"),
      Map.entry("deadline.moved", "期限顺延"),
      Map.entry("decision-period.extension-requested", "申请延长决定期限"),
      Map.entry("decision-period.extension-decided", "延长决定期限审批"),
      Map.entry("decision-period.suspended", "中止决定期限"),
      Map.entry("decision-period.resumed", "恢复决定期限"),
      Map.entry("decision-period.suspension-ended", "决定期限结束，中止计算随之终止"),
      Map.entry("document.served", "文书送达"),
      Map.entry("commitment.signed", "签署信用承诺书"),
      Map.entry("credit.record-pushed", "归集推送（审计记录）"),
      Map.entry("credit.inspection-fed", "反馈核查结果至双随机系统"),
      Map.entry("credit.dishonesty-status-changed", "失信记录状态变更"),
      Map.entry("credit.dishonesty-record-added", "记入失信记录"),
      Map.entry("credit.fulfilment-record-added", "记入履约践诺信用信息"),
      Map.entry("case.applicant-message", "申请方提交"),
      Map.entry("case.correction-requested", "一次性告知补正"),
      Map.entry("case.acceptance-deemed", "逾期未告知补正，自收到申请材料之日起受理"),
      Map.entry("case.not-corrected", "逾期未补正，不予受理"),
      Map.entry("case.returned", "退回"),
      Map.entry("case.approval-opinion", "逐级审批意见"),
      Map.entry("credit.subject-created", "登记信用主体"),
      Map.entry("credit.subject-updated", "修改信用主体信息"),
      Map.entry("credit.grade-set", "调整信用等级"),
      Map.entry("credit.blacklist-set", "调整严重失信主体名单"),
      Map.entry("credit.red-list-set", "调整守信红名单"),
      Map.entry("credit.penalty-added", "记入行政处罚"),
      Map.entry("credit.penalty-performed", "行政处罚已履行"),
      Map.entry("subject.checksum-exception-registered", "登记校验位例外代码"),
      Map.entry("credit.dishonesty-record-corrected", "更正失信记录"),
      Map.entry("supervision.inspection-drawn", "双随机抽取核查"),
      Map.entry("objection.routed", "异议交由核实答复"),
      Map.entry("correction.filed", "信息提供单位申请更正"),
      Map.entry("correction.answered", "信用办答复更正申请"),
      Map.entry("correction.applied", "更正已推送信用平台"),
      Map.entry("credit.dishonesty-record-reassigned", "失信记录改归正确的信用主体"),
      Map.entry("evidence.attached", "提交证明材料文件"),
      Map.entry("credit.looked-up", "查询信用信息"),
      Map.entry("objection.answered", "异议已答复"),
      Map.entry("objection.mark-withdrawn", "撤回未受理异议的标注"),
      Map.entry("publicity.ended", "失信信息公示期满"),
      Map.entry("document.issued", "出具文书"),
      Map.entry("document.printed", "打印文书"),
      Map.entry("document.invalidated", "文书失效"));

  private static final Map<String, String> OPERATIONS = Map.ofEntries(
      Map.entry("Claim", "认领任务"),
      Map.entry("Complete", "完成任务"),
      Map.entry("Assign", "指派任务"),
      Map.entry("Delegate", "委托任务"),
      Map.entry("Resolve", "办结委托任务"),
      Map.entry("SetOwner", "设置任务所有人"),
      Map.entry("SetPriority", "设置任务优先级"),
      Map.entry("Update", "修改"),
      Map.entry("Create", "创建"),
      Map.entry("Delete", "删除"),
      Map.entry("AddUserLink", "添加用户关联"),
      Map.entry("DeleteUserLink", "删除用户关联"),
      Map.entry("AddGroupLink", "添加候选组"),
      Map.entry("DeleteGroupLink", "删除候选组"),
      Map.entry("SetJobRetries", "重试后台作业"),
      Map.entry("SetDueDate", "修改作业到期时间"),
      Map.entry("SetVariable", "修改流程变量"),
      Map.entry("ModifyVariable", "修改流程变量"),
      Map.entry("RemoveVariable", "删除流程变量"),
      Map.entry("Suspend", "挂起"),
      Map.entry("Activate", "激活"),
      Map.entry("ModifyProcessInstance", "修改流程实例（跳转）"),
      Map.entry("CorrelateMessage", "关联消息"),
      Map.entry("Resolve Incident", "解决故障"),
      Map.entry("SetAnnotation", "设置注释"));

  private TimelineLabels() {}

  static String type(String type) {
    if (type.startsWith("operation.")) {
      String operation = type.substring("operation.".length());
      return "操作记录：" + OPERATIONS.getOrDefault(operation, operation);
    }
    return TYPES.getOrDefault(type, type);
  }
}
