package org.creditcommitment.credit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.creditcommitment.audit.AuditEvents;
import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.security.SystemCall;
import org.creditcommitment.security.UserNames;
import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.ClockConfig;
import org.creditcommitment.system.FreeText;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every look-up of a subject's credit by an official is on record (汕府办函〔2021〕17号 (二十二): 严肃查处违规泄露…利用信用信息
 * 谋私): who, when, which subject, and for which case or, outside a case, for which stated purpose. Each is an audit
 * event ({@value #TYPE}, under the subject's code), so it is chained like every other and cannot be edited away; the
 * auditor lists them and counts them per official and day, where unusual volumes stand out.
 */
@Service
public class CreditLookups {

  public static final String TYPE = "credit.looked-up";
  /** A purpose is a reason in a sentence, not a letter. */
  public static final int MAX_PURPOSE = 200;
  /** The auditor's list shows at most this many look-ups, newest first; the counts cover the whole period. */
  static final int MAX_LISTED = 500;
  /** One year at most per request: the counts are made from every event of the period. */
  static final int MAX_DAYS = 366;

  private final AuditLog auditLog;
  private final AuditEvents events;
  private final IdentityService identity;
  private final Clock clock;
  private final ObjectMapper json;

  CreditLookups(AuditLog auditLog, AuditEvents events, IdentityService identity, Clock clock, ObjectMapper json) {
    this.auditLog = auditLog;
    this.events = events;
    this.identity = identity;
    this.clock = clock;
    this.json = json;
  }

  /**
   * Refuses a look-up that names neither a case nor a purpose, or a purpose no one could read: 400, nothing recorded.
   *
   * @return the purpose as recorded (stripped), null when none was given
   */
  public static String requirePurpose(String caseNo, String purpose) {
    String stripped = purpose == null || purpose.isBlank() ? null : purpose.strip();
    if (caseNo == null && stripped == null) {
      throw ApiException.badRequest("lookup-purpose-required",
          "查询信用信息须注明所办案件（case=办件编号）或查询目的（purpose=目的）",
          "A credit look-up outside a case needs its purpose: give case=<case number> or purpose=<why>");
    }
    if (stripped != null) {
      if (stripped.length() > MAX_PURPOSE) {
        throw ApiException.badRequest("lookup-purpose-too-long", "查询目的不得超过 " + MAX_PURPOSE + " 个字",
            "The purpose may not exceed " + MAX_PURPOSE + " characters");
      }
      FreeText.require("purpose", stripped, FreeText.Kind.LINE);
    }
    return stripped;
  }

  /**
   * Records one look-up by the current official.
   *
   * @param via the endpoint that disclosed the profile, e.g. {@code GET /api/subjects/{code}/credit}
   */
  public void record(String subjectCode, String caseNo, String purpose, String via) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("caseNo", caseNo);
    details.put("purpose", purpose);
    details.put("via", via);
    details.values().removeIf(v -> v == null);
    auditLog.record(subjectCode, TYPE, auditLog.currentActor(), details);
  }

  /** One look-up as the auditor reads it. */
  public record Lookup(Instant time, String user, String userName, String subjectCode, String caseNo, String purpose,
      String via) {}

  /** How many look-ups an official made on a day. */
  public record DailyCount(LocalDate day, String user, String userName, long count) {}

  /**
   * The look-ups of the period (by Beijing day, both ends included), of one subject and one official when given.
   *
   * @param truncated whether more look-ups than {@link #MAX_LISTED} were made, of which the newest are listed
   */
  public record Listing(LocalDate from, LocalDate to, List<Lookup> lookups, boolean truncated,
      List<DailyCount> dailyCounts) {}

  Listing list(String subjectCode, String user, LocalDate from, LocalDate to) {
    LocalDate last = to != null ? to : LocalDate.now(clock.withZone(ClockConfig.ZONE));
    LocalDate first = from != null ? from : last.minusDays(29);
    if (first.isAfter(last)) {
      throw ApiException.badRequest("invalid-range", "起始日期不得晚于截止日期", "from must not be after to");
    }
    if (first.plusDays(MAX_DAYS).isBefore(last.plusDays(1))) {
      throw ApiException.badRequest("invalid-range", "一次最多查询 " + MAX_DAYS + " 天的查询记录",
          "At most " + MAX_DAYS + " days of look-ups per request");
    }
    Instant start = first.atStartOfDay(ClockConfig.ZONE).toInstant();
    Instant end = last.plusDays(1).atStartOfDay(ClockConfig.ZONE).toInstant();
    List<AuditEvents.AuditEvent> found = events.ofType(TYPE, subjectCode, user, start, end, MAX_LISTED + 1);
    List<AuditEvents.DailyCount> counts = events.dailyCounts(TYPE, subjectCode, user, start, end, ClockConfig.ZONE);
    Map<String, String> names = names(found.stream().map(AuditEvents.AuditEvent::actor).collect(Collectors.toSet()),
        counts.stream().map(AuditEvents.DailyCount::actor).collect(Collectors.toSet()));
    List<Lookup> lookups = found.stream().limit(MAX_LISTED).map(e -> {
      Map<String, Object> d = details(e.details());
      return new Lookup(e.occurredAt(), e.actor(), names.get(e.actor()), e.ref(), text(d.get("caseNo")),
          text(d.get("purpose")), text(d.get("via")));
    }).toList();
    return new Listing(first, last, lookups, found.size() > MAX_LISTED, counts.stream()
        .map(c -> new DailyCount(c.day(), c.actor(), names.get(c.actor()), c.count())).toList());
  }

  private Map<String, String> names(Set<String> some, Set<String> more) {
    Set<String> ids = new java.util.HashSet<>(some);
    ids.addAll(more);
    Map<String, String> names = new HashMap<>();
    ids.forEach(id -> names.put(id, id));
    if (!ids.isEmpty()) {
      SystemCall.run(identity, () -> identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list())
          .forEach(u -> names.put(u.getId(), UserNames.display(u, u.getId())));
    }
    return names;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> details(String text) {
    try {
      return json.readValue(text, Map.class);
    } catch (JsonProcessingException e) {
      return Map.of();
    }
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
