package org.creditcommitment.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.creditcommitment.system.ClockConfig;
import org.creditcommitment.system.SqlLike;
import org.creditcommitment.system.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

/** The audit log's read API: the recorded events of a reference, so that no other module reads {@code audit_event}. */
@Service
public class AuditEvents {

  /** One recorded event; {@code details} is the JSON text as chained. */
  public record AuditEvent(long id, Instant occurredAt, String ref, String type, String actor, String details,
      String hash) {}

  private final JdbcTemplate jdbc;
  private final AuditRefs refs;

  AuditEvents(JdbcTemplate jdbc, AuditRefs refs) {
    this.jdbc = jdbc;
    this.refs = refs;
  }

  /**
   * The events as read: {@code ref} is the reference searched for when the event was found by it (whatever form
   * it is stored in, {@link AuditRefs}), else a person's code masked; {@code details} as chained.
   */
  private static RowMapper<AuditEvent> mapper(List<String> searched) {
    return (rs, n) -> new AuditEvent(rs.getLong("id"), Timestamps.read(rs, "occurred_at").toInstant(),
        AuditRefs.shown(rs.getString("ref"), searched), rs.getString("type"), rs.getString("actor"),
        rs.getString("details"), rs.getString("hash"));
  }

  /** {@code ref in (…)} over the stored forms of a reference ({@link AuditRefs#storedForms}), appended to {@code sql}. */
  private static List<String> refIn(StringBuilder sql, List<String> forms) {
    sql.append("ref in (").append(String.join(", ", java.util.Collections.nCopies(forms.size(), "?"))).append(")");
    return forms;
  }

  /** The events recorded against {@code ref} (a case number or a subject's code), in the order they were recorded. */
  public List<AuditEvent> of(String ref) {
    StringBuilder sql = new StringBuilder("select * from audit_event where ");
    List<String> forms = refIn(sql, refs.storedForms(ref));
    return jdbc.query(sql.append(" order by id").toString(), mapper(forms), forms.toArray());
  }

  /**
   * The events of one type recorded in [{@code from}, {@code to}), newest first, at most {@code limit}; narrowed to one
   * reference and one actor when those are given (null: any).
   */
  public List<AuditEvent> ofType(String type, String ref, String actor, Instant from, Instant to, int limit) {
    StringBuilder sql = new StringBuilder("select * from audit_event");
    List<String> forms = ref == null ? null : refs.storedForms(ref);
    List<Object> args = where(sql, type, forms, actor, from, to);
    sql.append(" order by occurred_at desc, id desc fetch first ? rows only");
    args.add(limit);
    return jdbc.query(sql.toString(), mapper(forms), args.toArray());
  }

  /** Appends the filter both look-ups share (type, period, optional reference and actor) and returns its arguments. */
  private static List<Object> where(StringBuilder sql, String type, List<String> refForms, String actor, Instant from,
      Instant to) {
    sql.append(" where type = ? and occurred_at >= ? and occurred_at < ?");
    List<Object> args = new ArrayList<>(List.of(type, at(from), at(to)));
    if (refForms != null) {
      sql.append(" and ");
      args.addAll(refIn(sql, refForms));
    }
    if (actor != null) {
      sql.append(" and actor = ?");
      args.add(actor);
    }
    return args;
  }

  /**
   * How many events of one type each actor caused per day (in {@code zone}) in [{@code from}, {@code to}), narrowed
   * like {@link #ofType}: the unusual volumes an auditor looks for.
   */
  public List<DailyCount> dailyCounts(String type, String ref, String actor, Instant from, Instant to, ZoneId zone) {
    StringBuilder sql = new StringBuilder("select actor, occurred_at from audit_event");
    List<Object> args = where(sql, type, ref == null ? null : refs.storedForms(ref), actor, from, to);
    Map<DailyKey, Long> counts = new TreeMap<>();
    jdbc.query(sql.toString(), rs -> {
      LocalDate day = Timestamps.read(rs, "occurred_at").atZoneSameInstant(zone).toLocalDate();
      counts.merge(new DailyKey(day, rs.getString("actor")), 1L, Long::sum);
    }, args.toArray());
    return counts.entrySet().stream().map(e -> new DailyCount(e.getKey().day(), e.getKey().actor(), e.getValue()))
        .toList();
  }

  /** How many events an actor caused on a day. */
  public record DailyCount(LocalDate day, String actor, long count) {}

  private record DailyKey(LocalDate day, String actor) implements Comparable<DailyKey> {
    @Override
    public int compareTo(DailyKey other) {
      int byDay = other.day.compareTo(day); // newest day first
      return byDay != 0 ? byDay : actor.compareTo(other.actor);
    }
  }

  private static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ClockConfig.ZONE);
  }

  /**
   * The events recorded against {@code ref} whose details contain {@code mentioning}, in the order they were
   * recorded.
   */
  public List<AuditEvent> of(String ref, String mentioning) {
    StringBuilder sql = new StringBuilder("select * from audit_event where ");
    List<String> forms = refIn(sql, refs.storedForms(ref));
    List<Object> args = new ArrayList<>(forms);
    args.add("%" + SqlLike.literal(mentioning) + "%");
    return jdbc.query(sql.append(" and details like ? order by id").toString(), mapper(forms), args.toArray());
  }
}
