package org.creditcommitment.casehistory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.commitment.EndState;

/**
 * Business events from the engine's history lines. Entering and leaving elements, gateways, task creation and
 * process data writes are how the engine works, not what officials did, so they make no event; a completion
 * is logged twice by the engine (task history and operation log) and makes one.
 */
final class EngineEvents {

  /** Operations that repeat another line: completion, process start, message correlation. */
  private static final Set<String> REPEATED_OPERATIONS = Set.of("Complete", "Create", "CorrelateMessage");
  /** Process data that names an officer a listener recorded on completion. */
  private static final Set<String> OFFICER_VARIABLES = Set.of("acceptedBy", "inspectedBy");
  /** The data a case starts with, as the applicant gave it. */
  static final List<String> START_VARIABLES = List.of("applicantName", "applicantCode", "subjectName",
      "subjectCode", "itemName", "departmentName", "commitmentTypeLabel", "missingMaterialsText", "recordSummary",
      "objectionReason", "evidenceText");
  private static final Map<String, String> MESSAGE_TITLES = Map.of(
      "MaterialsSupplemented", "申请人补齐容缺材料",
      "RectificationSubmitted", "申请人提交整改情况",
      "RepairSupplemented", "申请人补正修复材料",
      "CommitmentSigned", "申请人网上签署信用承诺书",
      "WithdrawCommitment", "申请人撤回信用承诺（转原审批程序办理）",
      "StatementSubmitted", "当事人陈述申辩");
  private static final Map<String, List<String>> MESSAGE_VARIABLES = Map.of(
      EngineHistory.WITHDRAW_MESSAGE, List.of("withdrawalReason"),
      "WithdrawCommitment", List.of("commitmentWithdrawalReason"),
      "MaterialsSupplemented", List.of("suppliedMaterials"),
      "RectificationSubmitted", List.of("rectificationRefused", "rectificationDescription"),
      "RepairSupplemented", List.of("supplementText", "supplementNote"),
      "StatementSubmitted", List.of("statementText", "hearingRequested"));
  /** The audit record's key for what a message variable held. */
  private static final Map<String, String> STATEMENT_KEYS = Map.of("withdrawalReason", "reason",
      "commitmentWithdrawalReason", "reason",
      "suppliedMaterials", "materials", "rectificationDescription", "description", "statementText", "statement");
  private static final Map<String, String> REPAIR_OUTCOMES = Map.of(
      "REPAIRED", "准予信用修复",
      "REFUSED", "不予信用修复",
      "INCOMPLETE", "逾期未补正材料，不予信用修复");
  private static final Map<String, String> OBJECTION_OUTCOMES = Map.of(
      "CORRECTED", "已更正",
      "REVOKED", "已撤销该记录",
      "KEPT", "经核实，维持原记录");
  private static final Map<String, String> INCIDENT_TYPES = Map.of(
      "failedJob", "后台作业执行失败",
      "failedExternalTask", "外部任务执行失败");

  private EngineEvents() {}

  /** The event of an engine line, or null when the line is machinery or repeats another. */
  static BusinessEvent of(TimelineEntry e, CaseContext c) {
    return switch (e.type()) {
      case "process.started" -> started(e, c);
      case "process.ended" -> ended(e, c);
      case "task.completed" -> completed(e, c);
      case "task.deleted" -> cancelled(e, c);
      case "decision.evaluated" -> decision(e, c);
      case "incident.created", "incident.resolved", "incident.deleted" -> incident(e, c);
      case "message.received", "withdrawal" -> message(e, c);
      default -> e.type().startsWith("operation.") ? operation(e, c) : null;
    };
  }

  /**
   * A task taken off the lists without being completed: by whom (the applicant whose message interrupted it, or the
   * system when a deadline or another path ended it) and why, by the model's name of what interrupted it.
   */
  private static BusinessEvent cancelled(TimelineEntry e, CaseContext c) {
    TimelineEntry cause = c.interruption(e.time());
    String causeName = cause == null || cause.activityId() == null ? null : c.activityName(cause.activityId());
    if (causeName != null && causeName.equals(cause.activityId())) {
      causeName = null;
    }
    String message = cause == null ? null : c.messageOf(cause.activityId());
    BusinessEvent.Actor actor = message != null ? c.messageSender(message, cause.time()) : null;
    FieldList fields = new FieldList();
    fields.addText("取消原因", causeName != null ? "流程转入「" + causeName + "」，该待办不再需要办理"
        : "办件转入其他环节或已结束，该待办不再需要办理");
    return event(e, "取消待办「" + e.details().get("name") + "」", actor != null ? actor : Actors.SYSTEM,
        fields.list());
  }

  private static BusinessEvent started(TimelineEntry e, CaseContext c) {
    Map<String, Object> d = e.details();
    Map<String, Object> data = new java.util.HashMap<>(c.firstVariablesWithAny(START_VARIABLES));
    if (d.get("application") instanceof Map<?, ?> application) {
      application.forEach((name, value) -> data.putIfAbsent(String.valueOf(name), value));
    }
    c.application().forEach(data::putIfAbsent);
    FieldList fields = new FieldList();
    for (String name : START_VARIABLES) {
      Object value = data.get(name);
      if (!"无".equals(value)) {
        fields.add(DetailLabels.label(name), value);
      }
    }
    String submitter = c.submitter() != null ? c.submitter() : e.actor();
    return new BusinessEvent(e.time(), e.type(), "提交申请，启动「" + d.get("processDefinitionName") + "」",
        c.actor(submitter), e.activityId(), e.source(), fields.list());
  }

  private static BusinessEvent ended(TimelineEntry e, CaseContext c) {
    Map<String, Object> d = e.details();
    String endEvent = e.activityId() == null ? null : c.activityName(e.activityId());
    FieldList fields = new FieldList();
    if (!"COMPLETED".equals(d.get("state"))) {
      fields.add("终止原因", d.get("deleteReason"));
      return event(e, "流程终止", Actors.SYSTEM, fields.list());
    }
    String outcome = outcome(d, c);
    fields.addText("办结状态", outcome != null ? outcome : endEvent);
    fields.addText("结束环节", endEvent);
    return event(e, "办结：" + (outcome != null ? outcome : endEvent != null ? endEvent : "流程结束"), Actors.SYSTEM,
        fields.list());
  }

  /** How the case ended, as the lifecycle, objection and repair processes each record it. */
  private static String outcome(Map<String, Object> ended, CaseContext c) {
    // a lifecycle case keeps its end state on its record; earlier cases kept it as a variable too
    Object endState = ended.get("endState") != null ? ended.get("endState") : c.lastVariable("endState");
    if (endState != null) {
      try {
        return EndState.valueOf(endState.toString()).label();
      } catch (IllegalArgumentException unknown) {
        return endState.toString();
      }
    }
    // objections of the earlier model also kept the outcome's label
    Object objectionLabel = c.lastVariable("objectionOutcomeLabel");
    if (objectionLabel != null) {
      return objectionLabel.toString();
    }
    Object objection = c.lastVariable("objectionOutcome");
    if (objection != null) {
      return OBJECTION_OUTCOMES.getOrDefault(objection.toString(), objection.toString());
    }
    Object repair = c.lastVariable("repairOutcome");
    return repair == null ? null : REPAIR_OUTCOMES.getOrDefault(repair.toString(), repair.toString());
  }

  @SuppressWarnings("unchecked")
  private static BusinessEvent completed(TimelineEntry e, CaseContext c) {
    Map<String, Object> d = e.details();
    Map<String, Object> values = d.get("formValues") instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    FormDefinition form = c.model().form(e.activityId());
    FieldList fields = new FieldList();
    String outcome = null;
    if (form != null) {
      // in the form's order, as the official saw them; shown-only fields are the case's data, not the answer
      for (FormDefinition.Component component : form.components()) {
        if (component.readonly() || !values.containsKey(component.key())) {
          continue;
        }
        String text = component.display(values.get(component.key()));
        if (outcome == null && component.isChoice() && text != null && !text.isBlank()) {
          outcome = text;
        }
        fields.addText(component.label(), text);
      }
    }
    for (Map.Entry<String, Object> value : values.entrySet()) {
      String key = value.getKey();
      if (OFFICER_VARIABLES.contains(key)) {
        fields.addText(DetailLabels.label(key), c.actorName(value.getValue()));
      } else if (form == null) {
        fields.add(DetailLabels.label(key), value.getValue());
      }
    }
    fields.addText("办理用时", DisplayFormat.duration(d.get("durationMs")));
    String title = "完成「" + d.get("name") + "」" + (outcome != null ? "：" + outcome : "");
    return event(e, title, c.actor(e.actor()), fields.list());
  }

  @SuppressWarnings("unchecked")
  private static BusinessEvent decision(TimelineEntry e, CaseContext c) {
    Map<String, Object> d = e.details();
    FieldList fields = new FieldList();
    for (Object input : list(d.get("inputs"))) {
      Map<String, Object> i = (Map<String, Object>) input;
      fields.add(String.valueOf(i.get("name")), readable(i.get("value")));
    }
    // a collecting table (守信激励措施) answers with several rows under one output
    Map<String, List<String>> outputs = new LinkedHashMap<>();
    for (Object output : list(d.get("outputs"))) {
      Map<String, Object> o = (Map<String, Object>) output;
      Object label = o.get("label") != null ? o.get("label") : o.get("name");
      String text = DisplayFormat.text(DetailLabels.value(o.get("value")));
      if (text != null && !text.isBlank()) {
        outputs.computeIfAbsent(String.valueOf(label), k -> new ArrayList<>()).add(text);
      }
    }
    outputs.forEach((label, texts) -> fields.addText("判定结果·" + label, String.join("；", texts)));
    BusinessEvent.Actor actor = e.actor() != null ? c.actor(e.actor()) : Actors.SYSTEM;
    return event(e, "规则判定「" + d.get("decisionName") + "」", actor, fields.list());
  }

  private static BusinessEvent incident(TimelineEntry e, CaseContext c) {
    Map<String, Object> d = e.details();
    String where = "「" + c.activityName(e.activityId()) + "」";
    FieldList fields = new FieldList();
    String title;
    if ("incident.created".equals(e.type())) {
      title = "发生故障：" + where;
      Object type = d.get("incidentType");
      fields.addText("故障类型", type == null ? null : INCIDENT_TYPES.getOrDefault(type.toString(), type.toString()));
      fields.add("错误信息", d.get("message"));
      int failures = c.jobFailures(d.get("jobId")).size();
      if (failures > 0) {
        fields.addText("此前执行失败", failures + " 次");
      }
    } else {
      title = ("incident.resolved".equals(e.type()) ? "故障已解决：" : "故障已撤销：") + where;
    }
    return event(e, title, Actors.SYSTEM, fields.list());
  }

  private static BusinessEvent message(TimelineEntry e, CaseContext c) {
    String message = String.valueOf(e.details().get("message"));
    // a deadline's firing and an online signature are in the audit chain with more detail
    if (message.startsWith(DeployedModels.DEADLINE_MESSAGE_PREFIX)
        || "CommitmentSigned".equals(message) && c.has("commitment.signed")) {
      return null;
    }
    FieldList fields = new FieldList();
    // a lifecycle case keeps the applicant's statement on its record and in the audit chain, not in variables
    Map<String, Object> stated = c.messageStatement(message, e.time());
    for (String name : MESSAGE_VARIABLES.getOrDefault(message, List.of())) {
      Object value = c.variableNear(name, e.time());
      fields.add(DetailLabels.label(name), value != null ? value : stated.get(STATEMENT_KEYS.getOrDefault(name, name)));
    }
    String title = "withdrawal".equals(e.type()) ? "申请人撤回申请"
        : MESSAGE_TITLES.getOrDefault(message, "收到「" + e.details().get("name") + "」");
    return event(e, title, c.messageSender(message, e.time()), fields.list());
  }

  /** A commitment type given to a rule reads as officials name it (告知承诺), not as its code. */
  private static Object readable(Object value) {
    for (CommitmentType type : CommitmentType.values()) {
      if (type.name().equals(String.valueOf(value))) {
        return type.label();
      }
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static BusinessEvent operation(TimelineEntry e, CaseContext c) {
    String operation = e.type().substring("operation.".length());
    if (REPEATED_OPERATIONS.contains(operation)) {
      return null;
    }
    Map<String, Object> d = e.details();
    Map<String, Object> task = c.task(d.get("taskId"));
    Map<String, Object> properties = d.get("properties") instanceof Map<?, ?> map ? (Map<String, Object>) map
        : Map.of();
    String activityId = (String) task.get("taskDefinitionKey");
    if (activityId == null && d.get("jobId") != null) {
      activityId = c.jobFailures(d.get("jobId")).stream().map(TimelineEntry::activityId).filter(a -> a != null)
          .findFirst().orElse(null);
    }
    String subject = task.get("name") != null ? "「" + task.get("name") + "」"
        : activityId != null ? "「" + c.activityName(activityId) + "」" : "";
    FieldList fields = new FieldList();
    String title;
    if ("Claim".equals(operation)) {
      Object to = change(properties, "assignee", "to");
      title = (to == null ? "放弃认领" : "认领") + subject;
    } else if ("Assign".equals(operation)) {
      title = "指派" + subject;
      fields.addText("办理人", c.actorName(change(properties, "assignee", "to")));
    } else {
      title = TimelineLabels.type(e.type()) + subject;
      properties.forEach((property, values) -> {
        Object from = change(properties, property, "from");
        Object to = change(properties, property, "to");
        fields.addText(DetailLabels.label(property), text(property, from) + " → " + text(property, to));
      });
      fields.add("注释", d.get("annotation"));
    }
    return new BusinessEvent(e.time(), e.type(), title, c.actor(e.actor()), activityId, e.source(), fields.list());
  }

  /** One side of a changed property; the log writes a missing value as the text "null". */
  @SuppressWarnings("unchecked")
  private static Object change(Map<String, Object> properties, String property, String side) {
    Object values = properties.get(property);
    Object value = values instanceof Map<?, ?> map ? ((Map<String, Object>) map).get(side) : null;
    return value == null || "null".equals(value) ? null : value;
  }

  /** The log writes dates as epoch milliseconds; an auditor reads them as Beijing time. */
  private static String text(String property, Object value) {
    if (value != null && property.toLowerCase(Locale.ROOT).contains("date")
        && value.toString().matches("\\d{10,}")) {
      return DisplayFormat.time(Instant.ofEpochMilli(Long.parseLong(value.toString())));
    }
    String text = DisplayFormat.text(value);
    return text == null ? "（空）" : text;
  }

  private static List<?> list(Object value) {
    return value instanceof List<?> list ? list : List.of();
  }

  private static BusinessEvent event(TimelineEntry e, String title, BusinessEvent.Actor actor,
      List<BusinessEvent.Field> fields) {
    return new BusinessEvent(e.time(), e.type(), title, actor, e.activityId(), e.source(), fields);
  }
}
