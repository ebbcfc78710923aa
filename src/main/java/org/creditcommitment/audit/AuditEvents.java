package org.creditcommitment.audit;

import java.time.Instant;
import java.util.List;

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

  private static final RowMapper<AuditEvent> MAPPER = (rs, n) -> new AuditEvent(rs.getLong("id"),
      Timestamps.read(rs, "occurred_at").toInstant(), rs.getString("ref"), rs.getString("type"),
      rs.getString("actor"), rs.getString("details"), rs.getString("hash"));

  private final JdbcTemplate jdbc;

  AuditEvents(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The events recorded against {@code ref}, in the order they were recorded. */
  public List<AuditEvent> of(String ref) {
    return jdbc.query("select * from audit_event where ref = ? order by id", MAPPER, ref);
  }

  /**
   * The events recorded against {@code ref} whose details contain {@code mentioning}, in the order they were
   * recorded.
   */
  public List<AuditEvent> of(String ref, String mentioning) {
    String pattern = "%" + SqlLike.literal(mentioning) + "%";
    return jdbc.query("select * from audit_event where ref = ? and details like ? order by id", MAPPER, ref, pattern);
  }
}
