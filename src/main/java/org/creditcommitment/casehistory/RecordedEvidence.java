package org.creditcommitment.casehistory;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.creditcommitment.audit.AuditEvents;
import org.creditcommitment.audit.AuditEvents.AuditEvent;
import org.creditcommitment.commitment.CreditQueries;
import org.creditcommitment.commitment.CreditQueries.CreditQuery;
import org.creditcommitment.credit.PushedRecords;
import org.creditcommitment.credit.PushedRecords.PushedRecord;
import org.creditcommitment.notification.NotificationStatus;
import org.creditcommitment.notification.NotificationView;
import org.creditcommitment.notification.Notifications;
import org.creditcommitment.system.Hashing;
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

  private final AuditEvents audit;
  private final CreditQueries creditQueries;
  private final PushedRecords pushedRecords;
  private final Notifications notifications;
  private final ObjectMapper json;

  RecordedEvidence(AuditEvents audit, CreditQueries creditQueries, PushedRecords pushedRecords,
      Notifications notifications, ObjectMapper json) {
    this.audit = audit;
    this.creditQueries = creditQueries;
    this.pushedRecords = pushedRecords;
    this.notifications = notifications;
    this.json = json;
  }

  /**
   * @param key the process business key (case number)
   * @param subjectCodes the applicant's codes: their audit events count when they name the case (a push is
   *     recorded against the subject, with the case number in its details)
   */
  List<TimelineEntry> entries(String key, Collection<String> subjectCodes) {
    List<AuditEvent> events = new ArrayList<>(audit.of(key));
    for (String code : subjectCodes) {
      events.addAll(audit.of(code, key));
    }
    Set<Long> shown = new HashSet<>();
    List<TimelineEntry> out = new ArrayList<>();
    creditQueries(key, events, shown, out);
    pushes(key, events, shown, out);
    for (AuditEvent event : events) {
      if (!shown.contains(event.id())) {
        out.add(auditEntry(event));
      }
    }
    notifications(key, out);
    return out;
  }

  private void creditQueries(String key, List<AuditEvent> events, Set<Long> shown, List<TimelineEntry> out) {
    for (CreditQuery query : creditQueries.of(key)) {
      String sha = Hashing.sha256(query.snapshot());
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("subjectCode", query.subjectCode());
      details.put("source", query.source());
      details.put("snapshot", parse(query.snapshot()));
      details.put("snapshotSha256", sha);
      events.stream().filter(e -> "credit.queried".equals(e.type()) && !shown.contains(e.id())
          && String.valueOf(e.details()).contains(sha)).findFirst().ifPresent(e -> {
            shown.add(e.id());
            details.put("auditEventId", e.id());
          });
      out.add(new TimelineEntry(query.queriedAt(), "credit.queried", TimelineLabels.type("credit.queried"),
          "system", "credit", "Task_QueryCredit", details));
    }
  }

  private void pushes(String key, List<AuditEvent> events, Set<Long> shown, List<TimelineEntry> out) {
    for (PushedRecord push : pushedRecords.of(key)) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("recordType", push.recordType());
      details.put("subjectCode", push.subjectCode());
      details.put("idempotencyKey", push.idempotencyKey());
      details.put("payload", parse(push.payload()));
      details.put("result", "ACCEPTED");
      details.put("platformRecordId", push.platformRecordId());
      String quotedKey = "\"" + push.idempotencyKey() + "\"";
      events.stream().filter(e -> "credit.record-pushed".equals(e.type()) && !shown.contains(e.id())
          && String.valueOf(e.details()).contains(quotedKey)).findFirst().ifPresent(e -> {
            shown.add(e.id());
            details.put("auditEventId", e.id());
          });
      out.add(new TimelineEntry(push.receivedAt(), "credit.pushed", TimelineLabels.type("credit.pushed"),
          null, "credit", null, details));
    }
  }

  private TimelineEntry auditEntry(AuditEvent event) {
    Map<String, Object> details = new LinkedHashMap<>(parse(event.details()));
    details.put("auditEventId", event.id());
    details.put("hash", event.hash());
    return new TimelineEntry(event.occurredAt(), event.type(), TimelineLabels.type(event.type()), event.actor(),
        "audit", null, details);
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
      // a sent mail's text is cleared after its retention period; the digest of it stays
      details.put("bodyDigest", n.bodyDigest() == null ? null : n.bodyHashAlg() + ":" + n.bodyDigest());
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
}
