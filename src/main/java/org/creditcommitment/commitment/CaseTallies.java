package org.creditcommitment.commitment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.system.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The case record's facts in aggregate, for the yearly statistics: every figure is a fact a step wrote on the case,
 * so nothing is read from the engine's history and the figures survive its cleanup and changes of the model's
 * element ids. Cases count by the day they were applied for.
 */
@Service
public class CaseTallies {

  /** The cases of one item applied for in a range. A case counts once however often it was ordered to rectify. */
  public record ItemTally(String department, String itemCode, long applications,
      Map<CommitmentType, Long> eligibleByType, long eligibilityRefusals, Map<EndState, Long> endStates, long running,
      long rectifications, long punishments, long breaches, long inspectedFulfilled, long notDrawn) {}

  /**
   * What one case of the range owes the credit platform (双公示: the licence and the administrative penalty) and what it
   * delivered: a licence is due once decided with a licence number, reported once the platform accepted its
   * commitment record; a penalty is due once the punishment was decided, reported once the dishonesty record was
   * accepted.
   */
  public record Reporting(String department, String itemCode, String caseNo, String applicantCode, boolean licenceDue,
      boolean licenceReported, boolean penaltyDue, boolean penaltyReported) {}

  /**
   * A case whose punishment was decided: when, and when the credit platform accepted its dishonesty record (null while
   * not yet). Cases decided before the decision was dated are not among them.
   */
  public record PenaltyDecision(String department, String itemCode, Instant decidedAt, Instant pushedAt) {}

  /** A code and a name an application was made under. */
  public record CodeName(String code, String name) {}

  /** A case approved with a licence: when it was decided, and when the credit platform accepted its record. */
  public record Approval(String department, String itemCode, Instant decidedAt, Instant pushedAt) {}

  private static final String BY_ITEM = byItemSql();
  private static final String REPORTING = "select c.department, c.item_code, c.case_no, c.applicant_code,"
      + " c.licence_no is not null and c.decided_at is not null as licence_due, c.pushed_at is not null as pushed,"
      + " c.punished_by is not null or c.punished_at is not null as penalty_due, c.punished_at is not null as punished"
      + " from commitment_case c where c.created_at >= ? and c.created_at < ?";
  private static final String APPROVALS = "select c.department, c.item_code, c.decided_at, c.pushed_at"
      + " from commitment_case c where c.created_at >= ? and c.created_at < ?"
      + " and c.licence_no is not null and c.decided_at is not null";

  private static final String PENALTIES = "select c.department, c.item_code, c.punishment_decided_at, c.punished_at"
      + " from commitment_case c where c.created_at >= ? and c.created_at < ? and c.punishment_decided_at is not null";

  private final JdbcTemplate jdbc;
  private final ApplicantPersonalData personal;

  CaseTallies(JdbcTemplate jdbc, ApplicantPersonalData personal) {
    this.jdbc = jdbc;
    this.personal = personal;
  }

  /** Per item, the cases applied for from {@code start} (inclusive) to {@code end} (exclusive). */
  public List<ItemTally> byItem(OffsetDateTime start, OffsetDateTime end) {
    return jdbc.query(BY_ITEM, (rs, n) -> itemTally(rs), start, end);
  }

  /** Every case applied for in the range, with what it owes the credit platform and what it delivered. */
  public List<Reporting> reporting(OffsetDateTime start, OffsetDateTime end) {
    return jdbc.query(REPORTING, (rs, n) -> {
      boolean licenceDue = rs.getBoolean("licence_due");
      boolean penaltyDue = rs.getBoolean("penalty_due");
      return new Reporting(rs.getString("department"), rs.getString("item_code"), rs.getString("case_no"),
          personal.code(rs.getString("applicant_code")), licenceDue, licenceDue && rs.getBoolean("pushed"),
          penaltyDue, penaltyDue && rs.getBoolean("punished"));
    }, start, end);
  }

  /** The approved cases applied for in the range. */
  public List<Approval> approvals(OffsetDateTime start, OffsetDateTime end) {
    return jdbc.query(APPROVALS, (rs, n) -> {
      OffsetDateTime pushed = Timestamps.read(rs, "pushed_at");
      return new Approval(rs.getString("department"), rs.getString("item_code"),
          Timestamps.read(rs, "decided_at").toInstant(), pushed == null ? null : pushed.toInstant());
    }, start, end);
  }

  /** The cases applied for in the range whose punishment was decided. */
  public List<PenaltyDecision> penaltyDecisions(OffsetDateTime start, OffsetDateTime end) {
    return jdbc.query(PENALTIES, (rs, n) -> {
      OffsetDateTime pushed = Timestamps.read(rs, "punished_at");
      return new PenaltyDecision(rs.getString("department"), rs.getString("item_code"),
          Timestamps.read(rs, "punishment_decided_at").toInstant(), pushed == null ? null : pushed.toInstant());
    }, start, end);
  }

  /**
   * Every distinct code and name applications were made under, of any period: what duplicates are found among. An
   * encrypted code differs at every write, so codes are told apart by their index (a row not yet indexed at start by
   * its stored code) and one stored form of each is decrypted.
   */
  public List<CodeName> codeNames() {
    return jdbc.query("select min(applicant_code) as applicant_code, applicant_name from commitment_case"
        + " group by coalesce(applicant_code_idx, applicant_code), applicant_name",
        (rs, n) -> new CodeName(personal.code(rs.getString("applicant_code")), rs.getString("applicant_name")))
        .stream().distinct().toList();
  }

  private static ItemTally itemTally(ResultSet rs) throws SQLException {
    Map<CommitmentType, Long> types = new EnumMap<>(CommitmentType.class);
    for (CommitmentType type : CommitmentType.values()) {
      types.put(type, rs.getLong("type_" + type.ordinal()));
    }
    Map<EndState, Long> ends = new EnumMap<>(EndState.class);
    for (EndState state : EndState.values()) {
      ends.put(state, rs.getLong("end_" + state.ordinal()));
    }
    return new ItemTally(rs.getString("department"), rs.getString("item_code"), rs.getLong("applications"), types,
        rs.getLong("refusals"), ends, rs.getLong("running"), rs.getLong("rectifications"), rs.getLong("punishments"),
        rs.getLong("breaches"), rs.getLong("inspected_fulfilled"), rs.getLong("not_drawn"));
  }

  /** Enum names are constants of the code, never input, so they can be part of the SQL text. */
  private static String byItemSql() {
    StringBuilder sql = new StringBuilder("select c.department, c.item_code, count(*) as applications");
    for (CommitmentType type : CommitmentType.values()) {
      sql.append(", sum(case when c.eligible = true and c.commitment_type = '").append(type.name())
          .append("' then 1 else 0 end) as type_").append(type.ordinal());
    }
    sql.append(", sum(case when c.eligible = false then 1 else 0 end) as refusals");
    for (EndState state : EndState.values()) {
      sql.append(", sum(case when c.end_state = '").append(state.name()).append("' then 1 else 0 end) as end_")
          .append(state.ordinal());
    }
    sql.append(", sum(case when c.end_state is null then 1 else 0 end) as running");
    sql.append(", sum(case when c.rectification_notified_at is not null then 1 else 0 end) as rectifications");
    sql.append(", sum(case when c.punished_at is not null then 1 else 0 end) as punishments");
    sql.append(", sum(case when c.breached_at is not null then 1 else 0 end) as breaches");
    // 践诺: a kept case was either inspected (a result on record) or never drawn for inspection (视为践诺)
    String kept = "c.end_state in ('" + EndState.FULFILLED.name() + "', '" + EndState.FULFILLED_AFTER_RECTIFICATION.name()
        + "')";
    sql.append(", sum(case when ").append(kept).append(" and c.inspection_result is not null then 1 else 0 end)")
        .append(" as inspected_fulfilled");
    sql.append(", sum(case when ").append(kept).append(" and c.inspection_result is null then 1 else 0 end)")
        .append(" as not_drawn");
    sql.append(" from commitment_case c where c.created_at >= ? and c.created_at < ?")
        .append(" group by c.department, c.item_code");
    return sql.toString();
  }
}
