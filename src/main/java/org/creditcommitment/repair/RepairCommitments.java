package org.creditcommitment.repair;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.creditcommitment.catalogue.CommitmentCategory;
import org.creditcommitment.subject.StoredSubjectCodes;
import org.creditcommitment.system.PersonalDataCipher;
import org.creditcommitment.system.PersonalDataUpgrade;
import org.creditcommitment.system.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The credit_repair_commitment table: one signed 信用修复型 commitment per repair filed since the commitment became a
 * record (repairs filed before carry only the flag {@code repair_letter_signed} and have no row here). A natural
 * person's code and the text (which names the subject by name and code) are stored encrypted; its SHA-256 stays the
 * digest of the text signed.
 */
@Component
class RepairCommitments {

  /** A commitment with what the board and the push need of its repair. */
  record Listed(String repairNo, String subjectCode, String subjectName, long recordId, RepairCommitment commitment,
      String outcome, OffsetDateTime endedAt) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final PersonalDataCipher cipher;
  private final PersonalDataUpgrade upgrade;
  private final StoredSubjectCodes codes;

  RepairCommitments(JdbcTemplate jdbc, Clock clock, PersonalDataCipher cipher, PersonalDataUpgrade upgrade, StoredSubjectCodes codes) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.cipher = cipher;
    this.upgrade = upgrade;
    this.codes = codes;
  }

  /** Run by {@link Repairs#protectPersonalData} at start: encrypts what was stored before, or under an earlier key. */
  void protectPersonalData() {
    codes.protectStoredUnindexed("credit_repair_commitment", "repair_no", "subject_code");
    upgrade.encryptStored("credit_repair_commitment", "repair_no", "commitment_text");
  }

  void insert(String repairNo, String subjectCode, String subjectName, long recordId, String text, String sha256,
      String signer, RepairCommitment.Channel channel, String recordedBy, OffsetDateTime signedAt) {
    jdbc.update("insert into credit_repair_commitment (repair_no, subject_code, subject_name, record_id,"
        + " commitment_text, text_sha256, signer, signed_at, channel, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        repairNo, codes.store(subjectCode), subjectName, recordId, cipher.encrypt(text), sha256, signer, signedAt, channel.name(), recordedBy);
  }

  Optional<RepairCommitment> of(String repairNo) {
    return jdbc.query("select * from credit_repair_commitment where repair_no = ?", this::commitment, repairNo).stream()
        .findFirst();
  }

  Optional<Listed> find(String repairNo) {
    return jdbc.query(SELECT + " where c.repair_no = ?", this::listed, repairNo).stream().findFirst();
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
        + " and (r.ended_at is null or (r.outcome = 'REPAIRED' and r.ended_at >= ?))", this::listed, grantedSince);
  }

  private static final String SELECT = "select c.*, r.outcome, r.ended_at from credit_repair_commitment c"
      + " join credit_repair r on r.repair_no = c.repair_no";

  private RepairCommitment commitment(ResultSet rs, int n) throws SQLException {
    return new RepairCommitment(
        CommitmentCategory.CREDIT_REPAIR.label(), cipher.decrypt(rs.getString("commitment_text")), rs.getString("text_sha256"),
        rs.getString("signer"), Timestamps.read(rs, "signed_at"),
        RepairCommitment.Channel.valueOf(rs.getString("channel")), rs.getString("recorded_by"),
        Timestamps.read(rs, "pushed_at"));
  }

  private Listed listed(ResultSet rs, int n) throws SQLException {
    return new Listed(rs.getString("repair_no"),
        codes.read(rs.getString("subject_code")), rs.getString("subject_name"), rs.getLong("record_id"),
        commitment(rs, n),
        rs.getString("outcome"), Timestamps.read(rs, "ended_at"));
  }
}
