package org.creditcommitment.commitment;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.creditcommitment.system.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The facts of a case's decision period beyond its deadline row: extensions requested and how they were decided
 * ({@code decision_period_extension}), and suspensions from the day the clock stopped to the day it restarted
 * ({@code decision_period_suspension}). The deadline row holds the date; these hold who, when and why.
 */
@Repository
class DecisionPeriodRecords {

  enum ExtensionStatus { PENDING, APPROVED, REFUSED, LAPSED }

  record Extension(String id, String caseNo, int workingDays, String reason, String requestedBy,
      OffsetDateTime requestedAt, ExtensionStatus status, String processInstanceId, String decidedBy,
      OffsetDateTime decidedAt, String opinion, LocalDate dueBefore, LocalDate dueAfter) {}

  record Suspension(String id, String caseNo, SuspensionKind kind, String reason, String suspendedBy,
      OffsetDateTime suspendedAt, LocalDate dueBefore, String resumedBy, OffsetDateTime resumedAt, String resumeNote,
      Integer workingDays, LocalDate dueAfter) {}

  private final JdbcTemplate jdbc;

  DecisionPeriodRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void requestExtension(String id, String caseNo, int workingDays, String reason, String by, OffsetDateTime at) {
    jdbc.update("insert into decision_period_extension (id, case_no, working_days, reason, requested_by, requested_at,"
        + " status) values (?, ?, ?, ?, ?, ?, ?)", id, caseNo, workingDays, reason, by, at,
        ExtensionStatus.PENDING.name());
  }

  void attachExtensionProcess(String id, String processInstanceId) {
    jdbc.update("update decision_period_extension set process_instance_id = ? where id = ?", processInstanceId, id);
  }

  /** 1 when this call decided it; 0 when it was no longer pending (a retried step). */
  int decideExtension(String id, ExtensionStatus status, String by, OffsetDateTime at, String opinion,
      LocalDate dueBefore, LocalDate dueAfter) {
    return jdbc.update("update decision_period_extension set status = ?, decided_by = ?, decided_at = ?, opinion = ?,"
        + " due_before = ?, due_after = ? where id = ? and status = ?", status.name(), by, at, opinion,
        date(dueBefore), date(dueAfter), id, ExtensionStatus.PENDING.name());
  }

  Optional<Extension> extension(String id) {
    return jdbc.query("select * from decision_period_extension where id = ?", EXTENSION, id).stream().findFirst();
  }

  Optional<Extension> extensionOfProcess(String processInstanceId) {
    return jdbc.query("select * from decision_period_extension where process_instance_id = ?", EXTENSION,
        processInstanceId).stream().findFirst();
  }

  List<Extension> extensions(String caseNo) {
    return jdbc.query("select * from decision_period_extension where case_no = ? order by requested_at", EXTENSION,
        caseNo);
  }

  void suspend(String id, String caseNo, SuspensionKind kind, String reason, String by, OffsetDateTime at,
      LocalDate dueBefore) {
    jdbc.update("insert into decision_period_suspension (id, case_no, kind, reason, suspended_by, suspended_at,"
        + " due_before) values (?, ?, ?, ?, ?, ?, ?)", id, caseNo, kind.name(), reason, by, at, date(dueBefore));
  }

  void resume(String id, String by, OffsetDateTime at, String note, int workingDays, LocalDate dueAfter) {
    jdbc.update("update decision_period_suspension set resumed_by = ?, resumed_at = ?, resume_note = ?,"
        + " working_days = ?, due_after = ? where id = ? and resumed_at is null", by, at, note, workingDays,
        date(dueAfter), id);
  }

  Optional<Suspension> openSuspension(String caseNo) {
    return jdbc.query("select * from decision_period_suspension where case_no = ? and resumed_at is null",
        SUSPENSION, caseNo).stream().findFirst();
  }

  List<Suspension> suspensions(String caseNo) {
    return jdbc.query("select * from decision_period_suspension where case_no = ? order by suspended_at", SUSPENSION,
        caseNo);
  }

  private static Date date(LocalDate date) {
    return date == null ? null : Date.valueOf(date);
  }

  private static LocalDate localDate(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
    Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }

  private static final RowMapper<Extension> EXTENSION = (rs, n) -> new Extension(rs.getString("id"),
      rs.getString("case_no"), rs.getInt("working_days"), rs.getString("reason"), rs.getString("requested_by"),
      Timestamps.read(rs, "requested_at"), ExtensionStatus.valueOf(rs.getString("status")),
      rs.getString("process_instance_id"), rs.getString("decided_by"), Timestamps.read(rs, "decided_at"),
      rs.getString("opinion"), localDate(rs, "due_before"), localDate(rs, "due_after"));

  private static final RowMapper<Suspension> SUSPENSION = (rs, n) -> {
    int days = rs.getInt("working_days");
    Integer workingDays = rs.wasNull() ? null : days;
    return new Suspension(rs.getString("id"), rs.getString("case_no"), SuspensionKind.valueOf(rs.getString("kind")),
        rs.getString("reason"), rs.getString("suspended_by"), Timestamps.read(rs, "suspended_at"),
        localDate(rs, "due_before"), rs.getString("resumed_by"), Timestamps.read(rs, "resumed_at"),
        rs.getString("resume_note"), workingDays, localDate(rs, "due_after"));
  };
}
