package org.creditcommitment.casehistory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Chinese names of the keys that timeline details use (engine history, audit events, outbox, credit evidence),
 * so the engine detail reads as labelled fields. A key without a name here is shown as it is.
 */
final class DetailLabels {

  static final Map<String, String> LABELS = labels();

  /**
   * Chinese for the engine's and the rules' coded values (an element's type, a process's state, the eligibility
   * rule's reason code), so no detail reads as noneEndEvent, COMPLETED or ELIGIBLE.
   */
  static final Map<String, String> VALUES = Map.ofEntries(
      Map.entry("startEvent", "开始事件"),
      Map.entry("noneEndEvent", "结束事件"),
      Map.entry("terminateEndEvent", "终止结束事件"),
      Map.entry("errorEndEvent", "错误结束事件"),
      Map.entry("messageEndEvent", "消息结束事件"),
      Map.entry("userTask", "人工任务"),
      Map.entry("serviceTask", "自动任务"),
      Map.entry("sendTask", "发送任务"),
      Map.entry("receiveTask", "接收任务"),
      Map.entry("businessRuleTask", "规则判定"),
      Map.entry("scriptTask", "脚本任务"),
      Map.entry("callActivity", "调用子流程"),
      Map.entry("subProcess", "子流程"),
      Map.entry("exclusiveGateway", "排他网关"),
      Map.entry("parallelGateway", "并行网关"),
      Map.entry("inclusiveGateway", "包容网关"),
      Map.entry("eventBasedGateway", "事件网关"),
      Map.entry("intermediateTimer", "定时等待"),
      Map.entry("intermediateMessageCatch", "等待消息"),
      Map.entry("intermediateSignalCatch", "等待信号"),
      Map.entry("intermediateNoneThrowEvent", "中间事件"),
      Map.entry("boundaryTimer", "边界定时事件"),
      Map.entry("boundaryMessage", "边界消息事件"),
      Map.entry("boundaryError", "边界错误事件"),
      Map.entry("boundarySignal", "边界信号事件"),
      Map.entry("multiInstanceBody", "多实例"),
      Map.entry("ACTIVE", "进行中"),
      Map.entry("SUSPENDED", "已挂起"),
      Map.entry("COMPLETED", "已办结"),
      Map.entry("EXTERNALLY_TERMINATED", "外部终止"),
      Map.entry("INTERNALLY_TERMINATED", "内部终止"),
      Map.entry("completed", "已完成"),
      Map.entry("deleted", "已取消"),
      Map.entry("ELIGIBLE", "符合信用承诺适用条件"),
      Map.entry("BLACKLISTED", "列入严重失信主体名单"),
      Map.entry("UNPERFORMED_PENALTY", "有未履行的行政处罚"),
      Map.entry("COMMITMENT_BARRED", "因违诺受惩戒限制适用信用承诺"),
      Map.entry("GRADE_BELOW_A", "信用等级低于A级"),
      Map.entry("BELOW_ITEM_MINIMUM", "未达该事项要求的最低等级"),
      Map.entry("TYPE_NEEDS_HIGHER_GRADE", "所选承诺方式需更高信用等级"));

  /**
   * Keys the engine detail does not show: ids only machines compare (an engine id is a UUID), the idempotency key
   * and the random draw's seed and number. The CSV download keeps them for whoever must check the draw or an id.
   */
  static final java.util.Set<String> HIDDEN = java.util.Set.of("processInstanceId", "taskId", "jobId",
      "executionId", "notificationId", "idempotencyKey", "key", "seed", "roll");

  private DetailLabels() {}

  /** A coded value in Chinese, any other value as it is. */
  static Object value(Object value) {
    return value instanceof String text ? VALUES.getOrDefault(text, text) : value;
  }

  static String label(String key) {
    return LABELS.getOrDefault(key, key);
  }

  private static Map<String, String> labels() {
    Map<String, String> m = new LinkedHashMap<>();
    // engine history
    m.put("processInstanceId", "流程实例号");
    m.put("caseNumber", "办件编号");
    m.put("processDefinitionKey", "流程标识");
    m.put("processDefinitionName", "流程名称");
    m.put("version", "流程版本");
    m.put("state", "状态");
    m.put("deleteReason", "终止原因");
    m.put("name", "名称");
    m.put("activityType", "环节类型");
    m.put("canceled", "被取消");
    m.put("durationMs", "用时（毫秒）");
    m.put("message", "消息／说明");
    m.put("taskId", "任务号");
    m.put("taskDefinitionKey", "任务环节");
    m.put("due", "期限");
    m.put("assignee", "办理人");
    m.put("formValues", "提交的表单数据");
    m.put("reason", "原因");
    m.put("operationType", "操作类型");
    m.put("entityType", "操作对象");
    m.put("category", "类别");
    m.put("jobId", "后台作业号");
    m.put("annotation", "注释");
    m.put("properties", "变更内容");
    m.put("from", "原值");
    m.put("to", "新值");
    m.put("retries", "剩余重试次数");
    m.put("duedate", "到期时间");
    m.put("owner", "所有人");
    m.put("priority", "优先级");
    m.put("decisionKey", "决策表标识");
    m.put("decisionName", "决策表");
    m.put("inputs", "输入");
    m.put("outputs", "输出");
    m.put("rule", "命中规则");
    m.put("label", "名称");
    m.put("value", "值");
    m.put("collectResult", "汇总结果");
    m.put("incidentId", "故障号");
    m.put("incidentType", "故障类型");
    m.put("retriesLeft", "剩余重试次数");
    m.put("variables", "流程数据");
    // credit evidence
    m.put("subjectCode", "主体代码");
    m.put("subjectName", "主体名称");
    m.put("subjectType", "主体类型");
    m.put("source", "来源");
    m.put("snapshot", "查询结果快照");
    m.put("snapshotSha256", "快照摘要（SHA-256）");
    m.put("auditEventId", "审计事件号");
    m.put("hash", "审计链哈希");
    m.put("recordType", "信息类别");
    m.put("idempotencyKey", "幂等键");
    m.put("payload", "推送内容");
    m.put("result", "结果");
    m.put("platformRecordId", "平台记录号");
    m.put("code", "代码");
    m.put("email", "电子邮箱");
    m.put("grade", "信用等级");
    m.put("nameCheck", "申请人名称核验");
    m.put("redListed", "守信红名单");
    m.put("blacklisted", "严重失信主体名单");
    m.put("blacklistBasis", "列入严重失信名单依据");
    m.put("unperformedPenalty", "行政处罚未履行");
    m.put("unperformedPenalties", "未履行的行政处罚");
    m.put("dishonestyRecords", "失信记录");
    m.put("fulfilmentRecords", "履约记录");
    m.put("queriedAt", "查询时间");
    m.put("known", "已登记主体");
    m.put("caseNo", "办件编号");
    // documents
    m.put("documentType", "文书");
    m.put("documentNumber", "文号");
    m.put("verificationCode", "验证码");
    m.put("sha256", "SHA-256");
    m.put("itemCode", "事项编码");
    m.put("itemName", "申请事项");
    m.put("department", "部门");
    m.put("commitmentType", "承诺方式");
    m.put("licenceNo", "证照编号");
    m.put("signedAt", "签署时间");
    m.put("sourceUnit", "认定单位");
    m.put("basis", "认定依据");
    m.put("domain", "信用领域");
    m.put("date", "日期");
    m.put("publicityStart", "公示开始日期");
    m.put("publicityEnd", "公示截止日期");
    m.put("measures", "惩戒措施");
    m.put("outcome", "结果");
    m.put("description", "说明");
    // audit events
    m.put("kind", "期限类型");
    m.put("provisional", "暂定期限");
    m.put("correlated", "已触发流程处理");
    m.put("signer", "签署人");
    m.put("channel", "签署方式");
    m.put("letterSha256", "承诺书摘要（SHA-256）");
    m.put("compliant", "与承诺相符");
    m.put("key", "幂等键");
    m.put("type", "类别");
    m.put("reference", "关联编号");
    m.put("recordId", "记录号");
    m.put("seed", "随机种子");
    m.put("share", "抽查比例");
    m.put("roll", "随机数");
    m.put("selected", "抽中核查");
    m.put("inspector", "核查人员");
    m.put("candidates", "候选核查人员");
    m.put("before", "变更前");
    m.put("after", "变更后");
    m.put("id", "编号");
    m.put("status", "状态");
    // outbox
    m.put("notificationId", "通知号");
    m.put("notificationType", "通知类型");
    m.put("typeLabel", "通知名称");
    m.put("recipient", "收件人");
    m.put("subject", "主题");
    m.put("body", "正文");
    m.put("attempts", "发送次数");
    m.put("lastError", "最近一次错误");
    m.put("text", "内容");
    // process variables the business view and the engine detail name
    m.put("applicantName", "申请人");
    m.put("applicantCode", "申请人代码");
    m.put("applicantCodeMasked", "申请人代码（脱敏）");
    m.put("applicantEmail", "申请人电子邮箱");
    m.put("departmentName", "受理部门");
    m.put("commitmentTypeLabel", "承诺方式");
    m.put("materialsText", "申请材料清单");
    m.put("missingMaterialsText", "容缺材料");
    m.put("endState", "办结状态");
    m.put("withdrawalReason", "撤回理由");
    m.put("commitmentWithdrawalReason", "撤回信用承诺的理由");
    m.put("suppliedMaterials", "补齐的材料");
    m.put("rectificationRefused", "拒绝整改");
    m.put("rectificationDescription", "整改情况");
    m.put("statementText", "陈述申辩意见");
    m.put("hearingRequested", "要求听证");
    m.put("supplementText", "补正材料");
    m.put("supplementNote", "补正说明");
    m.put("acceptedBy", "受理人");
    m.put("inspectedBy", "核查人");
    m.put("objectionNo", "异议编号");
    m.put("objectionReason", "异议理由");
    m.put("evidenceText", "证明材料");
    m.put("correctionChanges", "更正内容");
    m.put("correctionExplanation", "书面说明");
    m.put("files", "证明材料文件");
    m.put("ownerKind", "所属事项类别");
    m.put("fileName", "文件名");
    m.put("contentType", "文件类型");
    m.put("size", "大小（字节）");
    m.put("recordSummary", "涉及的失信记录");
    m.put("repairNo", "修复申请编号");
    // decision period (行政许可法 第四十二条、第四十五条) and service (第四十四条)
    m.put("extensionId", "延期申请号");
    m.put("workingDays", "工作日数");
    m.put("opinion", "负责人意见");
    // leveled approval (逐级审批, 行政许可法 第三十七条、第三十八条)
    m.put("approvalSubject", "审批事项");
    m.put("approvalLevel", "审批层级");
    m.put("approvalLevelName", "层级");
    m.put("approvalGroup", "审批组");
    m.put("answerGroup", "核实答复组");
    m.put("answerUnit", "核实答复单位");
    m.put("purpose", "查询目的");
    m.put("via", "查询途径");
    m.put("approvalOpinion", "审批意见");
    m.put("approvalOutcome", "处理");
    m.put("previousDueDate", "原期限");
    m.put("newDueDate", "新期限");
    m.put("previousDue", "原期限");
    m.put("change", "变更方式");
    m.put("suspensionKind", "中止事由");
    m.put("method", "送达方式");
    m.put("servedOn", "送达日期");
    m.put("confirmedBy", "确认人");
    m.put("note", "说明");
    return Map.copyOf(m);
  }
}
