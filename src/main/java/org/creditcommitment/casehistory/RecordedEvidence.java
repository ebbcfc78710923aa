package org.creditcommitment.casehistory;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.creditcommitment.notification.NotificationStatus;
import org.creditcommitment.notification.NotificationView;
import org.creditcommitment.notification.Notifications;
import org.creditcommitment.system.Hashing;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The timeline lines kept outside the engine: the hash-chained audit events of the case, its e-mails (read
 * from the notification outbox, not copied), and the evidence of its credit queries and pushes. A query or
 * push line carries the id of its audit event, which is then not listed a second time.
 */
@Component
class RecordedEvidence {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final JdbcTemplate jdbc;
  private final Notifications notifications;
  private final ObjectMapper json;

  RecordedEvidence(JdbcTemplate jdbc, Notifications notifications, ObjectMapper json) {
    this.jdbc = jdbc;
    this.notifications = notifications;
    this.json = json;
  }

  /**
   * @param key the process business key (case number)
   * @param subjectCodes the applicant's codes: their audit events count when they name the case (a push is
   *     recorded against the subject, with the case number in its details)
   */
  List<TimelineEntry> entries(String key, Collection<String> subjectCodes) {
    List<Map<String, Object>> events = auditEvents(key, subjectCodes);
    Set<Object> shown = new HashSet<>();
    List<TimelineEntry> out = new ArrayList<>();
    creditQueries(key, events, shown, out);
    pushes(key, events, shown, out);
    for (Map<String, Object> event : events) {
      if (!shown.contains(event.get("id"))) {
        out.add(auditEntry(event));
      }
    }
    notifications(key, out);
    return out;
  }

  private List<Map<String, Object>> auditEvents(String key, Collection<String> subjectCodes) {
    List<Map<String, Object>> events = new ArrayList<>(jdbc.queryForList(
        "SELECT * FROM audit_event WHERE ref = ? ORDER BY id", key));
    String mentioned = "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    for (String code : subjectCodes) {
      events.addAll(jdbc.queryForList("SELECT * FROM audit_event WHERE ref = ? AND details LIKE ? ORDER BY id",
          code, mentioned));
    }
    return events;
  }

  private void creditQueries(String key, List<Map<String, Object>> events, Set<Object> shown, List<TimelineEntry> out) {
    for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM credit_query WHERE case_no = ? ORDER BY id", key)) {
      String snapshot = (String) row.get("snapshot");
      String sha = Hashing.sha256(snapshot);
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("subjectCode", row.get("subject_code"));
      details.put("source", row.get("source"));
      details.put("snapshot", parse(snapshot));
      details.put("snapshotSha256", sha);
      events.stream().filter(e -> "credit.queried".equals(e.get("type")) && !shown.contains(e.get("id"))
          && String.valueOf(e.get("details")).contains(sha)).findFirst().ifPresent(e -> {
            shown.add(e.get("id"));
            details.put("auditEventId", e.get("id"));
          });
      out.add(new TimelineEntry(time(row.get("queried_at")), "credit.queried", TimelineLabels.type("credit.queried"),
          "system", "credit", "Task_QueryCredit", details));
    }
  }

  private void pushes(String key, List<Map<String, Object>> events, Set<Object> shown, List<TimelineEntry> out) {
    String keyPrefix = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ":%";
    for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM credit_pushed_record WHERE reference = ? "
        + "OR idempotency_key LIKE ? ORDER BY id", key, keyPrefix)) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("recordType", row.get("record_type"));
      details.put("subjectCode", row.get("subject_code"));
      details.put("idempotencyKey", row.get("idempotency_key"));
      details.put("payload", parse((String) row.get("payload")));
      details.put("result", "ACCEPTED");
      details.put("platformRecordId", row.get("platform_record_id"));
      String quotedKey = "\"" + row.get("idempotency_key") + "\"";
      events.stream().filter(e -> "credit.record-pushed".equals(e.get("type")) && !shown.contains(e.get("id"))
          && String.valueOf(e.get("details")).contains(quotedKey)).findFirst().ifPresent(e -> {
            shown.add(e.get("id"));
            details.put("auditEventId", e.get("id"));
          });
      out.add(new TimelineEntry(time(row.get("received_at")), "credit.pushed", TimelineLabels.type("credit.pushed"),
          null, "credit", null, details));
    }
  }

  private TimelineEntry auditEntry(Map<String, Object> event) {
    Map<String, Object> details = new LinkedHashMap<>(parse((String) event.get("details")));
    details.put("auditEventId", event.get("id"));
    details.put("hash", event.get("hash"));
    String type = (String) event.get("type");
    return new TimelineEntry(time(event.get("occurred_at")), type, TimelineLabels.type(type),
        (String) event.get("actor"), "audit", null, details);
  }

  private void notifications(String key, List<TimelineEntry> out) {
    for (NotificationView n : notifications.forCase(key)) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("notificationId", n.id());
      details.put("notificationType", n.type().name());
      details.put("typeLabel", n.typeLabel());
      details.put("recipient", n.recipient());
      details.put("subject", n.subject());
      details.put("body", n.body());
      out.add(outbox(n.createdAt(), "notification.queued", details));
      if (n.sentAt() != null) {
        out.add(outbox(n.sentAt(), "notification.sent", Map.of("notificationId", n.id(), "attempts", n.attempts())));
      }
      if (n.status() == NotificationStatus.FAILED) {
        // the outbox keeps no failure time; the last planned attempt is the closest it has
        Map<String, Object> failed = new LinkedHashMap<>();
        failed.put("notificationId", n.id());
        failed.put("attempts", n.attempts());
        failed.put("lastError", n.lastError());
        out.add(outbox(n.nextAttemptAt(), "notification.failed", failed));
      } else if (n.status() != NotificationStatus.SENT && n.lastError() != null) {
        details.put("lastError", n.lastError());
        details.put("attempts", n.attempts());
      }
      details.put("status", n.status().name());
    }
  }

  private static TimelineEntry outbox(OffsetDateTime time, String type, Map<String, Object> details) {
    return new TimelineEntry(time == null ? null : time.toInstant(), type, TimelineLabels.type(type), "system",
        "outbox", null, details);
  }

  private Map<String, Object> parse(String text) {
    try {
      return text == null ? Map.of() : json.readValue(text, MAP);
    } catch (Exception notAnObject) {
      return Map.of("text", text);
    }
  }

  private static Instant time(Object value) {
    if (value instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (value instanceof java.sql.Timestamp ts) {
      return ts.toInstant();
    }
    if (value instanceof java.time.LocalDateTime ldt) {
      return ldt.atZone(org.creditcommitment.system.ClockConfig.ZONE).toInstant();
    }
    return value == null ? null : Instant.parse(value.toString());
  }
}
