package org.creditcommitment.repair;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
import org.springframework.stereotype.Component;

/**
 * The credit_repair table, each row read with its signed commitment ({@link RepairCommitments}) if it has one. A natural
 * person's resident ID number and every e-mail address are stored encrypted; a subject's repairs are found by the keyed
 * index {@code subject_code_idx} ({@link StoredSubjectCodes}).
 */
@Component
class Repairs {

  private static final String SEPARATOR = "\n";

  private final JdbcTemplate jdbc;
  private final RepairCommitments commitments;
  private final Clock clock;
  private final PersonalDataCipher cipher;
  private final PersonalDataUpgrade upgrade;
  private final StoredSubjectCodes codes;

  Repairs(JdbcTemplate jdbc, RepairCommitments commitments, Clock clock, PersonalDataCipher cipher, PersonalDataUpgrade upgrade,
      StoredSubjectCodes codes) {
    this.jdbc = jdbc;
    this.codes = codes;
    this.commitments = commitments;
    this.clock = clock;
    this.cipher = cipher;
    this.upgrade = upgrade;
  }

  /**
   * The subject's e-mail address and a natural person's code are stored encrypted (SM4,
   * docs/security.md#personal-data-at-rest); at each start the rows stored before, or under an earlier key, are
   * encrypted and indexed (the key is configuration a migration does not have).
   */
  @EventListener(ApplicationReadyEvent.class)
  void protectPersonalData() {
    upgrade.encryptStored("credit_repair", "repair_no", "subject_email");
    codes.protectStored("credit_repair", "repair_no", "subject_code", "subject_code_idx");
    commitments.protectPersonalData();
  }

  /**
   * Inserts the application as open, with the subject's name and e-mail and the record's summary as they are when it is
   * filed; a second open repair of the record violates the unique index.
   */
  void insert(String no, String subjectCode, RepairRequest request, String user, String subjectName,
      String subjectEmail, String recordSummary) {
    jdbc.update("insert into credit_repair (repair_no, subject_code, record_id, open_record_id, evidence,"
        + " obligations_fulfilled, fine_paid, created_at, created_by, subject_name, subject_email, record_summary,"
        + " subject_code_idx) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", no, codes.store(subjectCode),
        request.recordId(), request.recordId(),
        join(request.evidenceOrEmpty()), request.obligationsFulfilled(), request.finePaid(), OffsetDateTime.now(clock), user,
        subjectName, subjectEmail == null || subjectEmail.isEmpty() ? subjectEmail : cipher.encrypt(subjectEmail),
        recordSummary, codes.index(subjectCode));
  }

  void attachProcess(String no, String processInstanceId) {
    jdbc.update("update credit_repair set process_instance_id = ? where repair_no = ?", processInstanceId, no);
  }

  void addSupplement(String no, List<String> evidence, String note) {
    List<String> all = new ArrayList<>(require(no).supplements());
    all.addAll(evidence.stream().map(String::strip).toList());
    jdbc.update("update credit_repair set supplements = ?, supplement_note = ? where repair_no = ?", join(all), note,
        no);
  }

  /** 初审信用修复申请 completed. */
  void recordReview(String no, String result, String missingItems, String opinion, String reviewedBy) {
    jdbc.update("update credit_repair set review_result = ?, missing_items = ?, review_opinion = ?, reviewed_by = ?"
        + " where repair_no = ?", result, missingItems, opinion, reviewedBy, no);
  }

  /** 核实并决定是否修复 completed. */
  void recordVerification(String no, String decision, String opinion, String verifiedBy) {
    jdbc.update("update credit_repair set repair_decision = ?, verification_opinion = ?, verified_by = ?"
        + " where repair_no = ?", decision, opinion, verifiedBy, no);
  }

  /**
   * What the subject is told about the outcome, written by the step that decides it; the outcome itself is written
   * when the application ends ({@link #end}), in the same transaction.
   */
  void recordExplanation(String no, String explanation) {
    jdbc.update("update credit_repair set explanation = ? where repair_no = ?", explanation, no);
  }

  Optional<RepairFacts> facts(String no) {
    return jdbc.query("select * from credit_repair where repair_no = ?", (rs, n) -> new RepairFacts(
        row(rs, n), rs.getString("subject_name"), cipher.decrypt(rs.getString("subject_email")),
        rs.getString("record_summary"), rs.getString("review_result"), rs.getString("missing_items"),
        rs.getString("review_opinion"), rs.getString("supplement_note"), rs.getString("repair_decision"),
        rs.getString("verification_opinion")), no).stream().findFirst()
        .map(f -> new RepairFacts(withCommitment(f.repair()), f.subjectName(), f.subjectEmail(), f.recordSummary(),
            f.reviewResult(), f.missingItems(), f.reviewOpinion(), f.supplementNote(), f.repairDecision(),
            f.verificationOpinion()));
  }

  boolean hasOpen(long recordId) {
    Integer n = jdbc.queryForObject("select count(*) from credit_repair where open_record_id = ?", Integer.class,
        recordId);
    return n != null && n > 0;
  }

  /** The application ends with its outcome: the record may be repaired or objected to again. */
  void end(String no, String outcome, String explanation) {
    jdbc.update("update credit_repair set outcome = ?, explanation = ?, open_record_id = null, ended_at = ?"
        + " where repair_no = ?", outcome, explanation, OffsetDateTime.now(clock), no);
  }

  List<Repair> ofSubject(String subjectCode) {
    return jdbc.query("select * from credit_repair where subject_code_idx = ? order by created_at", this::row,
        codes.index(subjectCode)).stream().map(this::withCommitment).toList();
  }

  Optional<Repair> find(String no) {
    return jdbc.query("select * from credit_repair where repair_no = ?", this::row, no).stream().findFirst()
        .map(this::withCommitment);
  }

  private Repair withCommitment(Repair repair) {
    return commitments.of(repair.repairNo()).map(repair::withCommitment).orElse(repair);
  }

  Repair require(String no) {
    return find(no).orElseThrow(() -> ApiException.notFound("unknown-repair", "信用修复申请编号「" + no + "」不存在",
        "No credit repair with number '" + no + "'"));
  }

  private static String join(List<String> values) {
    return String.join(SEPARATOR, values.stream().map(String::strip).toList());
  }

  private static List<String> split(String text) {
    return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(SEPARATOR));
  }

  private Repair row(ResultSet rs, int n) throws SQLException {
    return new Repair(rs.getString("repair_no"),
        rs.getString("process_instance_id"), codes.read(rs.getString("subject_code")), rs.getLong("record_id"),
        split(rs.getString("evidence")), split(rs.getString("supplements")), rs.getBoolean("obligations_fulfilled"),
        rs.getBoolean("fine_paid"), rs.getBoolean("repair_letter_signed"), rs.getString("outcome"),
        rs.getString("explanation"), Timestamps.read(rs, "created_at"), rs.getString("created_by"),
        Timestamps.read(rs, "ended_at"), null);
  }
}
