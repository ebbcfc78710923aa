package org.creditcommitment.casehistory;

import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.evidence.EvidenceFiles;
import org.creditcommitment.evidence.EvidenceLinks;
import org.creditcommitment.security.Groups;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Business events from the lines kept outside the engine: deadlines, e-mails, credit queries and pushes, the
 * signature, the inspection draw and feedback, and any other audit event of the case. An e-mail's sending or
 * failure is part of its event, not one of its own.
 */
final class EvidenceEvents {

  private static final Map<String, String> RECORD_TYPES = Map.of(
      "COMMITMENT", "信用承诺信息",
      "FULFILMENT", "履约践诺信息",
      "DISHONESTY", "失信记录",
      "CORRECTION", "失信记录更正",
      "REPAIR", "信用修复",
      "PUBLICITY_END", "公示期满",
      "LICENCE", "行政许可信息");
  private static final Map<String, String> MAIL_STATUS = Map.of(
      "PENDING", "待发送",
      "SENDING", "发送中",
      "SENT", "已发送",
      "FAILED", "发送失败");
  private static final Map<String, String> CREDIT_SOURCES = Map.of(
      "embedded", "内置信用信息库",
      "unknown-subject", "未查到该主体");
  /** The steps that push or feed back, by the end of the idempotency key they use. */
  private static final Map<String, String> STEP_BY_KEY = Map.of(
      ":commitment", "Task_PushCommitment",
      ":licence", "Task_PushCommitment",
      ":licence-revoked", "Task_RecordDishonesty",
      ":dishonesty", "Task_RecordDishonesty",
      ":fulfilment:inspection", "Task_FeedBackInspection",
      ":fulfilment:reinspection", "Task_FeedBackReinspection",
      ":inspection", "Task_FeedBackInspection",
      ":reinspection", "Task_FeedBackReinspection");
  /** Statuses of dishonesty records, which the credit registry's audit events carry before and after. */
  private static final Map<String, String> RECORD_STATUS = Map.of(
      "ACTIVE", "公示中",
      "UNDER_OBJECTION", "异议处理中",
      "CORRECTED", "已更正",
      "REPAIRED", "已信用修复",
      "EXPIRED", "公示期满",
      "REVOKED", "已撤销");
  /** Audit details that identify the line rather than say what happened. */
  private static final Set<String> BOOKKEEPING = Set.of("auditEventId", "hash", "processInstanceId");

  private EvidenceEvents() {}

  static BusinessEvent of(TimelineEntry e, CaseContext c) {
    return switch (e.type()) {
      case "deadline.scheduled", "deadline.reminded", "deadline.fired", "deadline.cancelled", "deadline.suspended",
          "deadline.moved" -> deadline(e, c);
      case "notification.queued" -> mail(e, c);
      case "notification.sent", "notification.failed" -> null;
      // only names who delivered the engine's message event, which is the one shown
      case AuditLog.APPLICANT_MESSAGE -> null;
      case "credit.queried" -> query(e, c);
      case "credit.pushed" -> push(e, c);
      case "commitment.signed" -> signature(e, c);
      case "credit.inspection-fed" -> inspectionFed(e, c);
      case "supervision.inspection-drawn" -> draw(e, c);
      case EvidenceFiles.ATTACHED -> evidenceFiles(e, c);
      case "task.transferred", "task.delegated", "task.resolved", "task.urged", "case.copied" -> handOver(e, c);
      default -> other(e, c);
    };
  }

  private static BusinessEvent deadline(TimelineEntry e, CaseContext c) {
    Map<String, Object> d = e.details();
    String kind = d.get("kind") == null ? null : d.get("kind").toString();
    String name = c.model().deadlineName(kind);
    FieldList fields = new FieldList().addText("期限", DisplayFormat.due(d.get("due")));
    String title;
    String element = c.passed(c.model().deadlineSteps().get(kind));
    switch (e.type()) {
      case "deadline.scheduled" -> title = "设定期限：" + name + (Boolean.TRUE.equals(d.get("provisional")) ? "（暂定）" : "");
      case "deadline.reminded" -> title = "期限将至提醒：" + name;
      case "deadline.suspended" -> title = "期限中止计算：" + name;
      case "deadline.moved" -> {
        title = ("resumed".equals(d.get("change")) ? "期限恢复计算：" : "期限延长：") + name;
        fields.addText("原期限", DisplayFormat.due(d.get("previousDue")));
        fields.add("顺延工作日", d.get("workingDays"));
      }
      case "deadline.fired" -> {
        title = "期限届满：" + name;
        fields.addText("流程处理", Boolean.TRUE.equals(d.get("correlated")) ? "已转入超期处理"
            : d.get("escalatedTo") != null ? name + "届满，已通知" + Groups.ROLES.getOrDefault(
                d.get("escalatedTo").toString(), d.get("escalatedTo").toString()) + "和信用办超期督办"
            : "该环节已结束，无需处理");
        String event = c.passed(c.model().deadlineEvents().get(kind));
        element = event != null ? event : element;
      }
      default -> title = "期限取消：" + name;
    }
    return new BusinessEvent(e.time(), e.type(), title, c.actor(e.actor()), element, e.source(), fields.list());
  }

  private static BusinessEvent mail(TimelineEntry e, CaseContext c) {
    Map<String, Object> d = e.details();
    FieldList fields = new FieldList().add("收件人", d.get("recipient")).add("主题", d.get("subject"));
    Object status = d.get("status");
    String statusText = status == null ? null : MAIL_STATUS.getOrDefault(status.toString(), status.toString());
    for (TimelineEntry outcome : c.mailOutcomes(d.get("notificationId"))) {
      if ("notification.sent".equals(outcome.type())) {
        statusText = "已发送（" + DisplayFormat.time(outcome.time()) + "）";
      } else {
        fields.add("失败原因", firstLine(outcome.details().get("lastError")));
      }
    }
    fields.addText("状态", statusText);
    fields.add("最近一次错误", firstLine(d.get("lastError")));
    return new BusinessEvent(e.time(), e.type(), "发送通知：" + d.get("typeLabel"), Actors.SYSTEM, null, e.source(),
        fields.list());
  }

  /** A mail server's error is a stack of nested causes; the business view shows its first line, the engine detail all. */
  private static Object firstLine(Object error) {
    if (error == null) {
      return null;
    }
    String text = error.toString().strip();
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    return line.length() > 160 ? line.substring(0, 160) + "…" : line;
  }

  private static BusinessEvent query(TimelineEntry e, CaseContext c) {
    Map<String, Object> d = e.details();
    Map<?, ?> snapshot = d.get("snapshot") instanceof Map<?, ?> map ? map : Map.of();
    Object grade = snapshot.get("grade");
    Object source = d.get("source");
    FieldList fields = new FieldList()
        .add("主体代码", d.get("subjectCode"))
        .addText("查询来源", source == null ? null : CREDIT_SOURCES.getOrDefault(source.toString(), source.toString()))
        .add("信用等级", grade)
        .add("守信红名单", snapshot.get("redListed"))
        .add("严重失信主体名单", snapshot.get("blacklisted"))
        .add("行政处罚未履行", snapshot.get("unperformedPenalty"));
    if (snapshot.get("dishonestyRecords") instanceof List<?> records) {
      fields.addText("失信记录", records.size() + " 条" + recordStatuses(records));
    }
    fields.add("查询结果摘要（SHA-256）", d.get("snapshotSha256"));
    String title = grade != null ? "信用查询：信用等级 " + grade : "信用查询：未查到该主体的信用信息";
    return new BusinessEvent(e.time(), e.type(), title, actor(e, c), c.passed(e.activityId()), e.source(),
        fields.list());
  }

  /**
   * Each record's status as the answer gave it, so a record under objection reads 异议处理中; not its database id,
   * which names nothing an auditor knows (the engine detail and the CSV keep it).
   */
  private static String recordStatuses(List<?> records) {
    StringBuilder text = new StringBuilder();
    for (Object record : records) {
      if (record instanceof Map<?, ?> r) {
        text.append(text.isEmpty() ? "：" : "、").append(status("status", r.get("status")));
      }
    }
    return text.toString();
  }

  private static BusinessEvent push(TimelineEntry e, CaseContext c) {
    Map<String, Object> d = e.details();
    String type = String.valueOf(d.get("recordType"));
    String typeName = RECORD_TYPES.getOrDefault(type, type);
    FieldList fields = new FieldList()
        .addText("信息类别", typeName)
        .add("主体代码", d.get("subjectCode"))
        .addText("推送结果", "ACCEPTED".equals(d.get("result")) ? "信用平台已接收" : DisplayFormat.text(d.get("result")));
    return new BusinessEvent(e.time(), e.type(), "归集推送：" + typeName, actor(e, c), step(d.get("idempotencyKey"), c),
        e.source(), fields.list());
  }

  private static BusinessEvent signature(TimelineEntry e, CaseContext c) {
    Map<String, Object> d = e.details();
    boolean online = "ONLINE".equals(d.get("channel"));
    String how = online ? "网上签署" : "纸质签署";
    FieldList fields = new FieldList()
        .add("签署人", d.get("signer"))
        .addText("签署方式", how)
        .add("承诺书摘要（SHA-256）", d.get("letterSha256"));
    String element = online ? c.messageElement("CommitmentSigned") : c.passed("Task_AwaitSignature");
    return new BusinessEvent(e.time(), e.type(), "签署信用承诺书（" + how + "）", c.actor(e.actor()), element,
        e.source(), fields.list());
  }

  private static BusinessEvent inspectionFed(TimelineEntry e, CaseContext c) {
    Map<String, Object> d = e.details();
    FieldList fields = new FieldList()
        .addText("核查结论", Boolean.TRUE.equals(d.get("compliant")) ? "与承诺相符" : "与承诺不符");
    return new BusinessEvent(e.time(), e.type(), "向双随机监管系统反馈核查结果", actor(e, c), step(d.get("key"), c),
        e.source(), fields.list());
  }

  private static BusinessEvent draw(TimelineEntry e, CaseContext c) {
    Map<String, Object> d = e.details();
    boolean selected = Boolean.TRUE.equals(d.get("selected"));
    FieldList fields = new FieldList().add("信用等级", d.get("grade"));
    if (d.get("share") instanceof Number share) {
      fields.addText("抽查比例", Math.round(share.doubleValue() * 100) + "%");
    }
    if (selected) {
      fields.addText("核查人员", c.actorName(d.get("inspector")));
    }
    return new BusinessEvent(e.time(), e.type(), selected ? "双随机抽查：抽中，须核查" : "双随机抽查：未抽中",
        actor(e, c), c.passed("Task_DrawInspection"), e.source(), fields.list());
  }

  /**
   * 提交证明材料文件: each file by name, linked to its download (which checks the reader again), with its size and the
   * SHA-256 it was kept with.
   */
  private static BusinessEvent evidenceFiles(TimelineEntry e, CaseContext c) {
    FieldList fields = new FieldList();
    List<?> files = e.details().get("files") instanceof List<?> list ? list : List.of();
    for (Object item : files) {
      if (item instanceof Map<?, ?> file) {
        String size = file.get("size") instanceof Number n ? EvidenceLinks.size(n.longValue()) : "";
        fields.addLink("证明材料文件", file.get("fileName") + "（" + size + "）", "/api/evidence/" + file.get("id"));
        fields.add("SHA-256", file.get("sha256"));
      }
    }
    return new BusinessEvent(e.time(), e.type(), "提交证明材料文件（" + files.size() + " 个）", c.actor(e.actor()),
        c.passed(e.activityId()), e.source(), fields.list());
  }

  /** 转办、委派、办毕交回、催办、抄送: who handed what to whom, and why, with people named, not their login ids. */
  private static BusinessEvent handOver(TimelineEntry e, CaseContext c) {
    Map<String, Object> d = e.details();
    Object task = d.get("taskName");
    FieldList fields = new FieldList().add("任务", task);
    String title;
    switch (e.type()) {
      case "task.transferred" -> {
        title = "转办：" + task;
        fields.addText("原办理人", c.actorName(d.get("fromUser"))).addText("转交给", c.actorName(d.get("toUser")));
      }
      case "task.delegated" -> {
        title = "委派：" + task;
        fields.addText("委托人", c.actorName(d.get("fromUser"))).addText("协办人", c.actorName(d.get("toUser")));
      }
      case "task.resolved" -> {
        title = "办毕交回：" + task;
        fields.addText("协办人", c.actorName(d.get("fromUser"))).addText("交回给", c.actorName(d.get("toUser")));
      }
      case "task.urged" -> {
        title = "催办：" + task;
        fields.addText("被催办人", d.get("holderUser") != null ? c.actorName(d.get("holderUser"))
            : DisplayFormat.text(d.get("holderGroupNames")));
        fields.addText("办理期限", DisplayFormat.due(d.get("due")));
      }
      default -> {
        title = "抄送";
        fields = new FieldList().addText("抄送给", d.get("toUser") != null ? c.actorName(d.get("toUser"))
            : DisplayFormat.text(d.get("toGroupName")));
      }
    }
    fields.add("理由", d.get("reason")).add("说明", d.get("note"));
    return new BusinessEvent(e.time(), e.type(), title, c.actor(e.actor()), c.passed(e.activityId()), e.source(),
        fields.list());
  }

  /** Any other audit event: its details as labelled fields, one level of nesting flattened. */
  private static BusinessEvent other(TimelineEntry e, CaseContext c) {
    FieldList fields = new FieldList();
    e.details().forEach((key, value) -> {
      if (BOOKKEEPING.contains(key)) {
        return;
      }
      if (value instanceof Map<?, ?> nested) {
        nested.forEach((k, v) -> {
          if (!(v instanceof Map<?, ?>)) {
            fields.add(DetailLabels.label(key) + "·" + DetailLabels.label(String.valueOf(k)), status(k, v));
          }
        });
      } else {
        fields.add(DetailLabels.label(key), status(key, value));
      }
    });
    return new BusinessEvent(e.time(), e.type(), e.label(), c.actor(e.actor()), c.passed(e.activityId()), e.source(),
        fields.list());
  }

  private static Object status(Object key, Object value) {
    return "status".equals(key) && value != null ? RECORD_STATUS.getOrDefault(value.toString(), value.toString())
        : value;
  }

  /** Checks and pushes run unattended; a line without an actor is the system's. */
  private static BusinessEvent.Actor actor(TimelineEntry e, CaseContext c) {
    return e.actor() == null ? Actors.SYSTEM : c.actor(e.actor());
  }

  private static String step(Object key, CaseContext c) {
    if (key == null) {
      return null;
    }
    String text = key.toString();
    // the longest matching suffix names the step: ":fulfilment:inspection" before ":inspection"
    return STEP_BY_KEY.entrySet().stream().filter(s -> text.endsWith(s.getKey()))
        .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
        .map(s -> c.passed(s.getValue())).orElse(null);
  }
}
