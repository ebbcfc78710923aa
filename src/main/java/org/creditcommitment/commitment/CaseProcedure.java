package org.creditcommitment.commitment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.system.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The procedural facts of a case beside its outcome, written by the step that makes them: the one correction request
 * at acceptance with its items and the applicant's correction (一次性告知补正, 中华人民共和国行政许可法 第三十二条), and
 * every return of the case to an earlier step of its phase (退回) with its reason.
 */
@Service
class CaseProcedure {

  /** One material the correction request names, and what is wrong with it. */
  record CorrectionItem(String material, String problem) {}

  record Correction(String caseNo, OffsetDateTime requestedAt, String requestedBy, LocalDate dueDate,
      List<CorrectionItem> items, OffsetDateTime submittedAt, String submittedBy, String statement) {

    List<String> materials() {
      return items.stream().map(CorrectionItem::material).toList();
    }
  }

  /** A return: from which step to which, why, by whom, when. */
  record Return(String fromStep, String toStep, String reason, String returnedBy, OffsetDateTime returnedAt) {}

  /** Audit event types of these facts; the auditor's timeline names them (casehistory's TimelineLabels). */
  static final String CORRECTION_REQUESTED = "case.correction-requested";
  static final String RETURNED = "case.returned";
  static final String ACCEPTANCE_DEEMED = "case.acceptance-deemed";
  static final String NOT_CORRECTED = "case.not-corrected";

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final AuditLog audit;

  CaseProcedure(JdbcTemplate jdbc, Clock clock, AuditLog audit) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.audit = audit;
  }

  Optional<Correction> correction(String caseNo) {
    List<CorrectionItem> items = jdbc.query("select material, problem from case_correction_item where case_no = ?"
        + " order by item_no", (rs, n) -> new CorrectionItem(rs.getString("material"), rs.getString("problem")), caseNo);
    return jdbc.query("select * from case_correction where case_no = ?", (rs, n) -> new Correction(
        rs.getString("case_no"), Timestamps.read(rs, "requested_at"), rs.getString("requested_by"),
        rs.getObject("due_date", LocalDate.class), items, Timestamps.read(rs, "submitted_at"),
        rs.getString("submitted_by"), rs.getString("statement")), caseNo).stream().findFirst();
  }

  void recordCorrectionRequest(String caseNo, String clerk, LocalDate dueDate, List<CorrectionItem> items) {
    jdbc.update("insert into case_correction (case_no, requested_at, requested_by, due_date) values (?, ?, ?, ?)",
        caseNo, OffsetDateTime.now(clock), clerk, dueDate);
    for (int i = 0; i < items.size(); i++) {
      jdbc.update("insert into case_correction_item (case_no, item_no, material, problem) values (?, ?, ?, ?)",
          caseNo, i + 1, items.get(i).material(), items.get(i).problem());
    }
    audit.record(caseNo, CORRECTION_REQUESTED, clerk, Map.of("items", CorrectionItems.text(items),
        "dueDate", dueDate.toString()));
  }

  /** The application counts as accepted from receipt (第三十二条), which the timeline says in these words. */
  void recordDeemedAcceptance(String caseNo, OffsetDateTime receivedAt) {
    audit.record(caseNo, ACCEPTANCE_DEEMED, AuditLog.SYSTEM_ACTOR, Map.of("receivedAt", String.valueOf(receivedAt),
        "reason", CaseDocuments.DEEMED_ACCEPTANCE));
  }

  /** The correction period passed without the correction: not accepted, for this reason. */
  void recordNotCorrected(String caseNo, String reason) {
    audit.record(caseNo, NOT_CORRECTED, AuditLog.SYSTEM_ACTOR, Map.of("reason", reason));
  }

  void recordCorrectionSubmitted(String caseNo, String user, String statement) {
    jdbc.update("update case_correction set submitted_at = ?, submitted_by = ?, statement = ? where case_no = ?"
        + " and submitted_at is null", OffsetDateTime.now(clock), user, statement, caseNo);
  }

  void recordReturn(String caseNo, String fromStep, String toStep, String reason, String user) {
    jdbc.update("insert into case_return (case_no, from_step, to_step, reason, returned_by, returned_at)"
        + " values (?, ?, ?, ?, ?, ?)", caseNo, fromStep, toStep, reason, user, OffsetDateTime.now(clock));
    audit.record(caseNo, RETURNED, user, Map.of("from", fromStep, "to", toStep, "reason", reason));
  }

  /** Every return of the case, oldest first. */
  List<Return> returns(String caseNo) {
    return jdbc.query("select * from case_return where case_no = ? order by id", (rs, n) -> new Return(
        rs.getString("from_step"), rs.getString("to_step"), rs.getString("reason"), rs.getString("returned_by"),
        Timestamps.read(rs, "returned_at")), caseNo);
  }

  /** The latest return of the case to this step, if any. */
  Optional<Return> latestReturnTo(String caseNo, String step) {
    List<Return> all = returns(caseNo).stream().filter(r -> r.toStep().equals(step)).toList();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }
}
