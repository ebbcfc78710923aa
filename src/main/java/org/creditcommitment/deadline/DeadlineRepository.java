package org.creditcommitment.deadline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.creditcommitment.system.ClockConfig;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code deadline} table. Status changes are guarded updates: a row changes state at most once. */
@Repository
class DeadlineRepository {

  private static final String COLUMNS = "id, process_instance_id, business_key, kind, due_at, provisional, status,"
      + " outcome, created_at, reminded_at, fired_at, cancelled_at";
  private static final String ACTIVE = "status IN ('SCHEDULED', 'REMINDED')";

  private final JdbcTemplate jdbc;

  DeadlineRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String id, String processInstanceId, String businessKey, String kind, Instant due,
      boolean provisional, Instant now) {
    jdbc.update("INSERT INTO deadline (id, process_instance_id, business_key, kind, due_at, provisional, status,"
        + " created_at) VALUES (?, ?, ?, ?, ?, ?, 'SCHEDULED', ?)",
        id, processInstanceId, businessKey, kind, at(due), provisional, at(now));
  }

  List<DeadlineView> active(String processInstanceId, String kind) {
    return jdbc.query("SELECT " + COLUMNS + " FROM deadline WHERE process_instance_id = ? AND kind = ? AND " + ACTIVE,
        DeadlineRepository::view, processInstanceId, kind);
  }

  /** 1 when this call cancelled it, 0 when it had already fired or been cancelled. */
  int markCancelled(String id, Instant now) {
    return jdbc.update("UPDATE deadline SET status = 'CANCELLED', cancelled_at = ? WHERE id = ? AND " + ACTIVE,
        at(now), id);
  }

  /** 1 for the one caller that fires it; every later attempt (retry, second node) gets 0. */
  int markFired(String id, Instant now) {
    return jdbc.update("UPDATE deadline SET status = 'FIRED', fired_at = ? WHERE id = ? AND " + ACTIVE, at(now), id);
  }

  void setOutcome(String id, DeadlineOutcome outcome) {
    jdbc.update("UPDATE deadline SET outcome = ? WHERE id = ?", outcome.name(), id);
  }

  /** 1 once per reminder time; a repeated or stale (earlier) reminder gets 0. */
  int markReminded(String id, Instant remindFor, Instant now) {
    return jdbc.update("UPDATE deadline SET status = 'REMINDED', reminded_for = ?, reminded_at = ? WHERE id = ? AND "
        + ACTIVE + " AND (reminded_for IS NULL OR reminded_for < ?)", at(remindFor), at(now), id, at(remindFor));
  }

  Optional<DeadlineView> find(String id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM deadline WHERE id = ?", DeadlineRepository::view, id)
        .stream().findFirst();
  }

  List<DeadlineView> byBusinessKey(String businessKey) {
    return jdbc.query("SELECT " + COLUMNS + " FROM deadline WHERE business_key = ? ORDER BY created_at, due_at",
        DeadlineRepository::view, businessKey);
  }

  List<DeadlineView> byProcessInstance(String processInstanceId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM deadline WHERE process_instance_id = ? ORDER BY created_at, due_at",
        DeadlineRepository::view, processInstanceId);
  }

  private static OffsetDateTime at(Instant instant) {
    return instant == null ? null : instant.atZone(ClockConfig.ZONE).toOffsetDateTime();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static DeadlineView view(ResultSet rs, int row) throws SQLException {
    String outcome = rs.getString("outcome");
    return new DeadlineView(rs.getString("id"), rs.getString("process_instance_id"), rs.getString("business_key"),
        rs.getString("kind"), instant(rs, "due_at"), rs.getBoolean("provisional"),
        DeadlineStatus.valueOf(rs.getString("status")), outcome == null ? null : DeadlineOutcome.valueOf(outcome),
        instant(rs, "created_at"), instant(rs, "reminded_at"), instant(rs, "fired_at"), instant(rs, "cancelled_at"));
  }
}
