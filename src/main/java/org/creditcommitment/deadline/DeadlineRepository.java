package org.creditcommitment.deadline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.creditcommitment.system.ClockConfig;
import org.creditcommitment.system.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code deadline} table. Status changes are guarded updates: a row changes state at most once.
 * {@code next_at} (next reminder or due instant) is what the sweep looks for; it is NULL once inactive.
 */
@Repository
class DeadlineRepository {

  private static final String COLUMNS = "id, process_instance_id, business_key, kind, due_at, provisional, status,"
      + " outcome, created_at, reminded_at, fired_at, cancelled_at, suspended_at";
  private static final String ACTIVE = "status IN ('SCHEDULED', 'REMINDED')";

  private final JdbcTemplate jdbc;

  DeadlineRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String id, String processInstanceId, String businessKey, String kind, Instant due,
      boolean provisional, List<Instant> reminders, Instant now) {
    Instant next = reminders.isEmpty() ? due : reminders.get(0);
    jdbc.update("INSERT INTO deadline (id, process_instance_id, business_key, kind, due_at, provisional, status,"
        + " created_at, next_at, reminders) VALUES (?, ?, ?, ?, ?, ?, 'SCHEDULED', ?, ?, ?)",
        id, processInstanceId, businessKey, kind, at(due), provisional, at(now), at(next), Reminders.format(reminders));
  }

  /** Ids of active deadlines with something due at {@code now}, most overdue first; of these processes if not null. */
  List<String> due(Instant now, int limit, Collection<String> processInstanceIds) {
    if (processInstanceIds == null) {
      return jdbc.queryForList("SELECT id FROM deadline WHERE next_at <= ? ORDER BY next_at LIMIT ?", String.class,
          at(now), limit);
    }
    if (processInstanceIds.isEmpty()) {
      return List.of();
    }
    List<Object> args = new ArrayList<>();
    args.add(at(now));
    args.addAll(processInstanceIds);
    args.add(limit);
    return jdbc.queryForList("SELECT id FROM deadline WHERE next_at <= ? AND process_instance_id IN ("
        + String.join(",", Collections.nCopies(processInstanceIds.size(), "?"))
        + ") ORDER BY next_at LIMIT ?", String.class, args.toArray());
  }

  /**
   * The deadline if it is still active, locked until the caller's transaction ends, so a second sweep
   * (another node) waits and then finds nothing to do.
   */
  Optional<Active> lockActive(String id) {
    return jdbc.query("SELECT " + COLUMNS + ", next_at, reminders FROM deadline WHERE id = ? AND " + ACTIVE
        + " FOR UPDATE", (rs, row) -> new Active(view(rs, row), instant(rs, "next_at"),
            Reminders.parse(rs.getString("reminders"))), id).stream().findFirst();
  }

  /** An active deadline: its view, when it next needs attention, and its pending reminders. */
  record Active(DeadlineView deadline, Instant nextAt, List<Instant> reminders) {}

  /** The reminder at {@code remindFor} was sent; the row next needs attention at {@code nextAt}. */
  int markReminded(String id, Instant remindFor, Instant now, List<Instant> pending, Instant nextAt) {
    return jdbc.update("UPDATE deadline SET status = 'REMINDED', reminded_for = ?, reminded_at = ?, reminders = ?,"
        + " next_at = ? WHERE id = ? AND " + ACTIVE + " AND (reminded_for IS NULL OR reminded_for < ?)",
        at(remindFor), at(now), Reminders.format(pending), at(nextAt), id, at(remindFor));
  }

  List<DeadlineView> active(String processInstanceId, String kind) {
    return jdbc.query("SELECT " + COLUMNS + " FROM deadline WHERE process_instance_id = ? AND kind = ? AND " + ACTIVE,
        DeadlineRepository::view, processInstanceId, kind);
  }

  /** The due instant and next attention (first pending reminder, or the due instant) of the newest active deadline. */
  Optional<Instant[]> dueAndNext(String processInstanceId, String kind) {
    return jdbc.query("SELECT due_at, next_at FROM deadline WHERE process_instance_id = ? AND kind = ? AND " + ACTIVE
        + " ORDER BY created_at DESC", (rs, row) -> new Instant[] {instant(rs, "due_at"), instant(rs, "next_at")},
        processInstanceId, kind).stream().findFirst();
  }

  /**
   * The newest active deadline of this kind with its pending reminders and the reminder last sent, locked until the
   * caller's transaction ends, so a sweep or a second request waits and then sees the row as moved.
   */
  Optional<Movable> lockNewestActive(String processInstanceId, String kind) {
    return jdbc.query("SELECT " + COLUMNS + ", reminders, reminded_for FROM deadline WHERE process_instance_id = ?"
        + " AND kind = ? AND " + ACTIVE + " ORDER BY created_at DESC FOR UPDATE", (rs, row) -> new Movable(
            view(rs, row), Reminders.parse(rs.getString("reminders")), instant(rs, "reminded_for")),
        processInstanceId, kind).stream().findFirst();
  }

  /** An active deadline that may be moved: its view, its pending reminders, and the reminder last sent (or null). */
  record Movable(DeadlineView deadline, List<Instant> reminders, Instant remindedFor) {}

  /** Stops its clock: the sweep no longer finds it (next_at NULL) until {@link #move} restarts it. */
  int markSuspended(String id, Instant now) {
    return jdbc.update("UPDATE deadline SET suspended_at = ?, next_at = NULL WHERE id = ? AND " + ACTIVE
        + " AND suspended_at IS NULL", at(now), id);
  }

  /**
   * Sets a new due instant and pending reminders; a running clock (not suspended after this) is swept again from the
   * first of them.
   */
  int move(String id, Instant due, List<Instant> reminders, boolean suspended) {
    Instant next = suspended ? null : reminders.isEmpty() ? due : reminders.get(0);
    return jdbc.update("UPDATE deadline SET due_at = ?, reminders = ?, next_at = ?, suspended_at = "
        + (suspended ? "suspended_at" : "NULL") + " WHERE id = ? AND " + ACTIVE, at(due), Reminders.format(reminders),
        at(next), id);
  }

  /** 1 when this call cancelled it, 0 when it had already fired or been cancelled. */
  int markCancelled(String id, Instant now) {
    return jdbc.update("UPDATE deadline SET status = 'CANCELLED', cancelled_at = ?, next_at = NULL WHERE id = ? AND "
        + ACTIVE, at(now), id);
  }

  /** 1 for the one caller that fires it; every later attempt (retry, second node) gets 0. */
  int markFired(String id, Instant now) {
    return jdbc.update("UPDATE deadline SET status = 'FIRED', fired_at = ?, next_at = NULL WHERE id = ? AND " + ACTIVE,
        at(now), id);
  }

  void setOutcome(String id, DeadlineOutcome outcome) {
    jdbc.update("UPDATE deadline SET outcome = ? WHERE id = ?", outcome.name(), id);
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
    OffsetDateTime value = Timestamps.read(rs, column);
    return value == null ? null : value.toInstant();
  }

  private static DeadlineView view(ResultSet rs, int row) throws SQLException {
    String outcome = rs.getString("outcome");
    return new DeadlineView(rs.getString("id"), rs.getString("process_instance_id"), rs.getString("business_key"),
        rs.getString("kind"), instant(rs, "due_at"), rs.getBoolean("provisional"),
        DeadlineStatus.valueOf(rs.getString("status")), outcome == null ? null : DeadlineOutcome.valueOf(outcome),
        instant(rs, "created_at"), instant(rs, "reminded_at"), instant(rs, "fired_at"), instant(rs, "cancelled_at"),
        instant(rs, "suspended_at"));
  }
}
