package org.creditcommitment.correction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.creditcommitment.subject.StoredSubjectCodes;
import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.PersonalDataCipher;
import org.creditcommitment.system.PersonalDataUpgrade;
import org.creditcommitment.system.Timestamps;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The record_correction rows: one per correction, written by the step that makes each fact. A natural person's resident
 * ID number (the record's code and the right one) and the record before and after (they carry the code) are stored
 * encrypted; a subject's corrections are found by the keyed indexes {@code subject_code_idx} and
 * {@code corrected_subject_code_idx} ({@link StoredSubjectCodes}).
 */
@Repository
class Corrections {

  private static final String SEPARATOR = "\n";

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final StoredSubjectCodes codes;
  private final PersonalDataCipher cipher;
  private final PersonalDataUpgrade upgrade;

  Corrections(JdbcTemplate jdbc, Clock clock, StoredSubjectCodes codes, PersonalDataCipher cipher, PersonalDataUpgrade upgrade) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.codes = codes;
    this.cipher = cipher;
    this.upgrade = upgrade;
  }

  /**
   * Encrypts and indexes what was stored before, or under an earlier key, at every start (the keys are configuration,
   * which a migration does not have); each row changes only if it still holds what was read.
   */
  @EventListener(ApplicationReadyEvent.class)
  void protectPersonalData() {
    codes.protectStored("record_correction", "correction_no", "subject_code", "subject_code_idx");
    codes.protectStored("record_correction", "correction_no", "corrected_subject_code", "corrected_subject_code_idx");
    upgrade.encryptStored("record_correction", "correction_no", "record_before");
    upgrade.encryptStored("record_correction", "correction_no", "record_after");
  }

  void insert(String no, String subjectCode, long recordId, String sourceUnit, String providerGroup,
      CorrectionRequest request, String correctedSubjectCode, String user) {
    jdbc.update("INSERT INTO record_correction (correction_no, subject_code, record_id, open_record_id, source_unit,"
        + " provider_group, explanation, evidence, corrected_basis, corrected_domain, corrected_publicity_end,"
        + " corrected_subject_code, revoke_record, status, created_at, created_by, subject_code_idx,"
        + " corrected_subject_code_idx) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", no,
        codes.store(subjectCode), recordId, recordId, sourceUnit,
        providerGroup, request.explanation().strip(), String.join(SEPARATOR, request.evidenceOrEmpty().stream()
            .map(String::strip).toList()), request.basisOrNull(), request.domainOrNull(), request.publicityEnd(),
        codes.store(correctedSubjectCode), request.revokes(), CorrectionStatus.PENDING.name(),
        OffsetDateTime.now(clock), user, codes.index(subjectCode), codes.index(correctedSubjectCode));
  }

  void attachProcess(String no, String processInstanceId) {
    jdbc.update("UPDATE record_correction SET process_instance_id = ? WHERE correction_no = ?", processInstanceId, no);
  }

  /** The answer, once: a second answer finds the row no longer PENDING and changes nothing. */
  boolean answer(String no, boolean confirmed, String reason, String user) {
    // a refused correction frees the record at once; a confirmed one holds it until the platform took the change
    return jdbc.update("UPDATE record_correction SET status = ?, answer_reason = ?, answered_by = ?, answered_at = ?,"
        + " open_record_id = CASE WHEN ? THEN open_record_id ELSE NULL END WHERE correction_no = ? AND status = ?",
        (confirmed ? CorrectionStatus.CONFIRMED : CorrectionStatus.REFUSED).name(), reason, user,
        OffsetDateTime.now(clock), confirmed, no, CorrectionStatus.PENDING.name()) == 1;
  }

  void applied(String no, String before, String after) {
    jdbc.update("UPDATE record_correction SET record_before = ?, record_after = ?, applied_at = ?, open_record_id = NULL"
        + " WHERE correction_no = ?", cipher.encrypt(before), cipher.encrypt(after), OffsetDateTime.now(clock), no);
  }

  boolean openOn(long recordId) {
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM record_correction WHERE open_record_id = ?", Integer.class,
        recordId);
    return n != null && n > 0;
  }

  Optional<Correction> find(String no) {
    return jdbc.query("SELECT * FROM record_correction WHERE correction_no = ?", this::map, no).stream()
        .findFirst();
  }

  Correction require(String no) {
    return find(no).orElseThrow(() -> ApiException.notFound("unknown-correction", "更正编号「" + no + "」不存在",
        "No correction with number '" + no + "'"));
  }

  /** Corrections waiting for the credit office's answer, oldest first (the first to fall due first). */
  List<Correction> waiting() {
    return jdbc.query("SELECT * FROM record_correction WHERE status = 'PENDING' ORDER BY created_at, correction_no"
        + " FETCH FIRST 500 ROWS ONLY", this::map);
  }

  /** The corrections of records of the subject (by the code the record had when the correction was asked for). */
  List<Correction> ofSubject(String subjectCode) {
    String index = codes.index(subjectCode);
    return jdbc.query("SELECT * FROM record_correction WHERE subject_code_idx = ? OR corrected_subject_code_idx = ?"
        + " ORDER BY created_at, correction_no", this::map, index, index);
  }

  /** Corrections the platform took from {@code from} (inclusive) to {@code to} (exclusive). */
  List<Correction> appliedBetween(OffsetDateTime from, OffsetDateTime to) {
    return jdbc.query("SELECT * FROM record_correction WHERE applied_at >= ? AND applied_at < ? ORDER BY applied_at",
        this::map, from, to);
  }

  private Correction map(ResultSet rs, int row) throws SQLException {
    String evidence = rs.getString("evidence");
    return new Correction(rs.getString("correction_no"), rs.getString("process_instance_id"),
        codes.read(rs.getString("subject_code")), rs.getLong("record_id"), rs.getString("source_unit"),
        rs.getString("provider_group"), rs.getString("explanation"),
        evidence == null || evidence.isEmpty() ? List.of() : Arrays.asList(evidence.split(SEPARATOR)),
        rs.getString("corrected_basis"), rs.getString("corrected_domain"),
        rs.getObject("corrected_publicity_end", LocalDate.class), codes.read(rs.getString("corrected_subject_code")),
        rs.getBoolean("revoke_record"), CorrectionStatus.valueOf(rs.getString("status")),
        rs.getString("answer_reason"), rs.getString("answered_by"), Timestamps.read(rs, "answered_at"),
        cipher.decrypt(rs.getString("record_before")), cipher.decrypt(rs.getString("record_after")),
        Timestamps.read(rs, "applied_at"),
        Timestamps.read(rs, "created_at"), rs.getString("created_by"));
  }
}
