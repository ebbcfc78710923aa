package org.creditcommitment.objection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.creditcommitment.credit.DishonestyRecord;
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
 * The credit_objection table. A natural person's resident ID number and every e-mail address are stored encrypted;
 * a subject's objections are found by the keyed index {@code subject_code_idx} ({@link StoredSubjectCodes}).
 */
@Component
class Objections {

  private static final String SEPARATOR = "\n";

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final PersonalDataCipher cipher;
  private final PersonalDataUpgrade upgrade;
  private final StoredSubjectCodes codes;

  Objections(JdbcTemplate jdbc, Clock clock, PersonalDataCipher cipher, PersonalDataUpgrade upgrade, StoredSubjectCodes codes) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.cipher = cipher;
    this.upgrade = upgrade;
    this.codes = codes;
  }

  /**
   * The subject's e-mail address and a natural person's code are stored encrypted (SM4,
   * docs/security.md#personal-data-at-rest); at each start the rows stored before, or under an earlier key, are
   * encrypted and indexed (the key is configuration a migration does not have).
   */
  @EventListener(ApplicationReadyEvent.class)
  void protectPersonalData() {
    upgrade.encryptStored("credit_objection", "objection_no", "subject_email");
    codes.protectStored("credit_objection", "objection_no", "subject_code", "subject_code_idx");
  }

  /**
   * Inserts the objection as open, with the subject and the record as they are when it is filed; a second open
   * objection of the record violates the unique index.
   */
  void insert(String no, String subjectCode, DishonestyRecord record, String subjectName, String subjectEmail,
      String reason, List<String> evidence, String user, ObjectionRouting.Route route) {
    jdbc.update("insert into credit_objection (objection_no, subject_code, record_id, open_record_id, reason, evidence,"
        + " created_at, created_by, subject_name, subject_email, record_summary, record_source_unit, record_basis,"
        + " record_domain, record_publicity_start, record_publicity_end, answer_group, answer_group_fallback,"
        + " subject_code_idx) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", no,
        codes.store(subjectCode), record.id(), record.id(),
        reason, String.join(SEPARATOR, evidence), OffsetDateTime.now(clock), user, subjectName,
        subjectEmail == null || subjectEmail.isEmpty() ? subjectEmail : cipher.encrypt(subjectEmail),
        record.summary(), record.sourceUnit(), record.basis(), record.domain(), record.publicityStart(),
        record.publicityEnd(), route.group(), route.fallback(), codes.index(subjectCode));
  }

  /** The group offered the answer task; empty for an objection filed before the group was decided at filing. */
  Optional<String> answerGroup(String no) {
    return route(no).map(ObjectionRouting.Route::group);
  }

  /** Where the objection was sent when it was filed; empty for one filed before that was decided. */
  Optional<ObjectionRouting.Route> route(String no) {
    return jdbc.query("select record_source_unit, answer_group, answer_group_fallback from credit_objection"
        + " where objection_no = ? and answer_group is not null", (rs, n) -> new ObjectionRouting.Route(
            rs.getString("record_source_unit"), rs.getString("answer_group"),
            rs.getBoolean("answer_group_fallback")), no).stream().findFirst();
  }

  void attachProcess(String no, String processInstanceId) {
    jdbc.update("update credit_objection set process_instance_id = ? where objection_no = ?", processInstanceId, no);
  }

  /** The answer as checked, kept until the platform has been told (更新记录并推送信用平台 runs after a commit). */
  void recordAnswer(String no, ObjectionAnswers.Answer answer, String answeredBy) {
    jdbc.update("update credit_objection set answer_decision = ?, explanation = ?, corrected_basis = ?,"
        + " corrected_source_unit = ?, corrected_domain = ?, corrected_publicity_end = ?, answered_by = ?"
        + " where objection_no = ?", answer.decision().name(), answer.explanation(), answer.correctedBasis(),
        answer.correctedSourceUnit(), answer.correctedDomain(),
        answer.correctedPublicityEnd() == null ? null : LocalDate.parse(answer.correctedPublicityEnd()), answeredBy,
        no);
  }

  void recordPunishmentReview(String no, String result, String note, String reviewedBy) {
    jdbc.update("update credit_objection set punishment_review_result = ?, punishment_review_note = ?,"
        + " punishment_reviewed_by = ? where objection_no = ?", result, note, reviewedBy, no);
  }

  /** The facts of the objection; empty when there is no such objection. */
  Optional<ObjectionFacts> facts(String no) {
    return jdbc.query("select * from credit_objection where objection_no = ?", (rs, n) -> {
      String decision = rs.getString("answer_decision");
      LocalDate correctedEnd = rs.getObject("corrected_publicity_end", LocalDate.class);
      ObjectionAnswers.Answer answer = decision == null ? null : new ObjectionAnswers.Answer(
          ObjectionDecision.parse(decision), rs.getString("explanation"), rs.getString("corrected_basis"),
          rs.getString("corrected_source_unit"), rs.getString("corrected_domain"),
          correctedEnd == null ? null : correctedEnd.toString());
      return new ObjectionFacts(map(rs, n), rs.getString("subject_name"),
          cipher.decrypt(rs.getString("subject_email")),
          rs.getString("record_summary"), rs.getString("record_source_unit"), rs.getString("record_basis"),
          rs.getString("record_domain"), rs.getObject("record_publicity_start", LocalDate.class),
          rs.getObject("record_publicity_end", LocalDate.class), answer, rs.getString("punishment_review_result"),
          rs.getString("punishment_review_note"));
    }, no).stream().findFirst();
  }

  void recordOutcome(String no, String outcome, String explanation, String answeredBy, String before, String after,
      String punishedCases) {
    jdbc.update("update credit_objection set outcome = ?, explanation = ?, answered_by = ?, record_before = ?,"
        + " record_after = ?, punished_cases = ? where objection_no = ?", outcome, explanation, answeredBy, before,
        after, punishedCases, no);
  }

  /** The objection ends: the record may be objected to or repaired again. */
  void end(String no) {
    jdbc.update("update credit_objection set open_record_id = null, ended_at = ? where objection_no = ?",
        OffsetDateTime.now(clock), no);
  }

  /** Whether an objection to the record is open. */
  boolean openOn(long recordId) {
    Integer open = jdbc.queryForObject("select count(*) from credit_objection where open_record_id = ?", Integer.class,
        recordId);
    return open != null && open > 0;
  }

  List<Objection> ofSubject(String subjectCode) {
    return jdbc.query("select * from credit_objection where subject_code_idx = ? order by created_at", this::map,
        codes.index(subjectCode));
  }

  Optional<Objection> find(String no) {
    return jdbc.query("select * from credit_objection where objection_no = ?", this::map, no).stream().findFirst();
  }

  Objection require(String no) {
    return find(no).orElseThrow(() -> ApiException.notFound("unknown-objection", "异议编号「" + no + "」不存在",
        "No objection with number '" + no + "'"));
  }

  private Objection map(ResultSet rs, int n) throws SQLException {
    String evidence = rs.getString("evidence");
    return new Objection(rs.getString("objection_no"), rs.getString("process_instance_id"),
        codes.read(rs.getString("subject_code")), rs.getLong("record_id"), rs.getString("reason"),
        evidence == null || evidence.isEmpty() ? List.of() : Arrays.asList(evidence.split(SEPARATOR)),
        rs.getString("outcome"), rs.getString("explanation"), rs.getString("answered_by"),
        rs.getString("record_before"), rs.getString("record_after"), rs.getString("punished_cases"),
        Timestamps.read(rs, "created_at"), rs.getString("created_by"),
        Timestamps.read(rs, "ended_at"));
  };
}
