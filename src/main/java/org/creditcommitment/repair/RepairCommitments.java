package org.creditcommitment.repair;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.creditcommitment.catalogue.CommitmentCategory;
import org.creditcommitment.system.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The credit_repair_commitment table: one signed 信用修复型 commitment per repair filed since the commitment became a
 * record (repairs filed before carry only the flag {@code repair_letter_signed} and have no row here).
 */
@Component
class RepairCommitments {

  /** A commitment with what the board and the push need of its repair. */
  record Listed(String repairNo, String subjectCode, String subjectName, long recordId, RepairCommitment commitment,
      String outcome, OffsetDateTime endedAt) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;

  RepairCommitments(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void insert(String repairNo, String subjectCode, String subjectName, long recordId, String text, String sha256,
      String signer, RepairCommitment.Channel channel, String recordedBy, OffsetDateTime signedAt) {
    jdbc.update("insert into credit_repair_commitment (repair_no, subject_code, subject_name, record_id,"
        + " commitment_text, text_sha256, signer, signed_at, channel, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        repairNo, subjectCode, subjectName, recordId, text, sha256, signer, signedAt, channel.name(), recordedBy);
  }

  Optional<RepairCommitment> of(String repairNo) {
    return jdbc.query("select * from credit_repair_commitment where repair_no = ?", COMMITMENT, repairNo).stream()
        .findFirst();
  }

  Optional<Listed> find(String repairNo) {
    return jdbc.query(SELECT + " where c.repair_no = ?", LISTED, repairNo).stream().findFirst();
  }

  void pushed(String repairNo) {
    jdbc.update("update credit_repair_commitment set pushed_at = ? where repair_no = ? and pushed_at is null",
        OffsetDateTime.now(clock), repairNo);
  }

  /**
   * The commitments the credit platform has (like every record on the board) of open repairs, and of repairs granted
   * since {@code grantedSince}.
   */
  List<Listed> pushedOpenOrGrantedSince(OffsetDateTime grantedSince) {
    return jdbc.query(SELECT + " where c.pushed_at is not null"
        + " and (r.ended_at is null or (r.outcome = 'REPAIRED' and r.ended_at >= ?))", LISTED, grantedSince);
  }

  private static final String SELECT = "select c.*, r.outcome, r.ended_at from credit_repair_commitment c"
      + " join credit_repair r on r.repair_no = c.repair_no";

  private static final RowMapper<RepairCommitment> COMMITMENT = (rs, n) -> new RepairCommitment(
      CommitmentCategory.CREDIT_REPAIR.label(), rs.getString("commitment_text"), rs.getString("text_sha256"),
      rs.getString("signer"), Timestamps.read(rs, "signed_at"),
      RepairCommitment.Channel.valueOf(rs.getString("channel")), rs.getString("recorded_by"),
      Timestamps.read(rs, "pushed_at"));

  private static final RowMapper<Listed> LISTED = (rs, n) -> new Listed(rs.getString("repair_no"),
      rs.getString("subject_code"), rs.getString("subject_name"), rs.getLong("record_id"), COMMITMENT.mapRow(rs, n),
      rs.getString("outcome"), Timestamps.read(rs, "ended_at"));
}
