package org.creditcommitment.credit.adapters;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.credit.AdministrativePenalty;
import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.CreditProfile;
import org.creditcommitment.credit.DishonestyRecord;
import org.creditcommitment.credit.DishonestyStatus;
import org.creditcommitment.credit.GradeScale;
import org.creditcommitment.credit.RecordCorrection;
import org.creditcommitment.credit.UnknownSubjectException;
import org.creditcommitment.system.ApiException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The embedded credit registry: subjects and their credit data in the application's own tables.
 * Every change is written to the {@link AuditLog} (who, when, before/after) in the same transaction.
 * Rule violations are {@link ApiException}s (bilingual, 4xx) and change nothing. Other modules read and change
 * credit data through {@link CreditPlatform}, never here: with the {@code http} adapter these tables are not
 * the platform. It is public for the tests that seed credit files.
 */
@Service
public class CreditRegistry {

  public static final String SOURCE = "embedded";

  private final JdbcTemplate jdbc;
  private final RegistryReads reads;
  private final RegistryPersonalData personal;
  private final AuditLog auditLog;
  private final GradeScale gradeScale;
  private final Clock clock;

  CreditRegistry(JdbcTemplate jdbc, RegistryReads reads, RegistryPersonalData personal, AuditLog auditLog,
      GradeScale gradeScale, Clock clock) {
    this.jdbc = jdbc;
    this.reads = reads;
    this.personal = personal;
    this.auditLog = auditLog;
    this.gradeScale = gradeScale;
    this.clock = clock;
  }

  /** @throws UnknownSubjectException the registry has no such subject */
  public CreditProfile profile(String code) {
    return reads.profile(code).orElseThrow(() -> new UnknownSubjectException(code))
        .answeredBy(SOURCE, clock.instant());
  }

  public boolean exists(String code) {
    return reads.exists(code);
  }

  public Optional<DishonestyRecord> dishonestyRecord(long id) {
    return reads.dishonestyRecord(id);
  }

  /** ACTIVE records whose publicity ended before {@code date}: due to leave publicity (期限届满及时撤出). */
  public List<DishonestyRecord> recordsWithPublicityEndedBefore(LocalDate date) {
    return reads.activeRecordsWithPublicityEndedBefore(date);
  }

  /** Every dishonesty record recorded on or after the date, whatever its status (risk monitoring). */
  public List<DishonestyRecord> recordsSince(LocalDate from) {
    return reads.recordsSince(from);
  }

  @Transactional
  public void createSubject(NewSubject subject) {
    requireGrade(subject.grade(), true);
    if (reads.exists(subject.code())) {
      throw ApiException.conflict("subject-exists", "该信用主体已存在", "The subject already exists");
    }
    OffsetDateTime now = now();
    jdbc.update("INSERT INTO credit_subject (code, code_idx, subject_type, name, email, grade, red_listed, "
        + "blacklisted, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, FALSE, FALSE, ?, ?)",
        personal.storedCode(subject.code(), subject.subjectType()), personal.indexOf(subject.code()),
        subject.subjectType().name(), subject.name(), personal.storedEmail(subject.email()), subject.grade(), now, now);
    audit(subject.code(), "credit.subject-created", null, subjectFields(subject.code()));
  }

  @Transactional
  public void updateSubject(String code, String name, String email) {
    Map<String, Object> before = subjectFields(code);
    jdbc.update("UPDATE credit_subject SET name = ?, email = ?, updated_at = ? WHERE id = ?", name,
        personal.storedEmail(email), now(), subjectId(code));
    audit(code, "credit.subject-updated", before, subjectFields(code));
  }

  @Transactional
  public void setGrade(String code, String grade) {
    requireGrade(grade, false);
    Map<String, Object> before = subjectFields(code);
    jdbc.update("UPDATE credit_subject SET grade = ?, updated_at = ? WHERE id = ?", grade, now(), subjectId(code));
    audit(code, "credit.grade-set", before, subjectFields(code));
  }

  /** Puts the subject on the blacklist (严重失信主体名单) with its basis, or takes it off. */
  @Transactional
  public void setBlacklist(String code, boolean blacklisted, String basis) {
    if (blacklisted && (basis == null || basis.isBlank())) {
      throw ApiException.badRequest("blacklist-basis-missing", "列入严重失信主体名单须写明依据",
          "Blacklisting needs a basis");
    }
    Map<String, Object> before = subjectFields(code);
    jdbc.update("UPDATE credit_subject SET blacklisted = ?, blacklist_basis = ?, updated_at = ? WHERE id = ?",
        blacklisted, blacklisted ? basis : null, now(), subjectId(code));
    audit(code, "credit.blacklist-set", before, subjectFields(code));
  }

  @Transactional
  public void setRedList(String code, boolean redListed) {
    Map<String, Object> before = subjectFields(code);
    jdbc.update("UPDATE credit_subject SET red_listed = ?, updated_at = ? WHERE id = ?", redListed, now(),
        subjectId(code));
    audit(code, "credit.red-list-set", before, subjectFields(code));
  }

  /** Adds an ACTIVE dishonesty record and returns its id. */
  @Transactional
  public long addDishonestyRecord(String code, NewDishonestyRecord record) {
    long subjectId = subjectId(code);
    if (record.publicityStart().isBefore(record.date()) || record.publicityEnd().isBefore(record.publicityStart())) {
      throw ApiException.badRequest("publicity-period-invalid", "公示期不合理：须晚于失信行为认定日期，且结束不早于开始",
          "The publicity period must start on or after the record's date and end on or after its start");
    }
    OffsetDateTime now = now();
    long id = insert("INSERT INTO credit_dishonesty_record (subject_id, source_unit, basis, credit_domain, recorded_on, "
        + "publicity_start, publicity_end, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        subjectId, record.sourceUnit(), record.basis(), record.domain(), record.date(), record.publicityStart(),
        record.publicityEnd(), DishonestyStatus.ACTIVE.name(), now, now);
    audit(code, "credit.dishonesty-record-added", null, recordFields(reads.dishonestyRecord(id).orElseThrow()));
    return id;
  }

  /** Changes a dishonesty record's status (objection, correction, repair, expiry, revocation). */
  @Transactional
  public DishonestyRecord changeRecordStatus(long recordId, DishonestyStatus status, String reason) {
    DishonestyRecord before = reads.dishonestyRecord(recordId).orElseThrow(() -> ApiException.notFound(
        "unknown-dishonesty-record", "失信记录不存在：" + recordId, "No dishonesty record " + recordId));
    jdbc.update("UPDATE credit_dishonesty_record SET status = ?, updated_at = ? WHERE id = ?", status.name(), now(),
        recordId);
    DishonestyRecord after = reads.dishonestyRecord(recordId).orElseThrow();
    Map<String, Object> details = details(recordFields(before), recordFields(after));
    details.put("reason", reason);
    auditLog.record(before.subjectCode(), "credit.dishonesty-status-changed", auditLog.currentActor(), details);
    return after;
  }

  /**
   * Corrects a dishonesty record after an objection (更正): the given fields replace the stored ones and
   * the status is set, audited with before/after. Fields not given stay as they are.
   */
  @Transactional
  public DishonestyRecord correctRecord(long recordId, RecordCorrection correction, DishonestyStatus status,
      String reason) {
    DishonestyRecord before = reads.dishonestyRecord(recordId).orElseThrow(() -> ApiException.notFound(
        "unknown-dishonesty-record", "失信记录不存在：" + recordId, "No dishonesty record " + recordId));
    DishonestyRecord corrected = correction.applyTo(before);
    if (corrected.publicityEnd().isBefore(corrected.publicityStart())) {
      throw ApiException.badRequest("publicity-period-invalid", "更正后的公示结束日期早于公示开始日期",
          "The corrected publicity end is before the publicity start");
    }
    jdbc.update("UPDATE credit_dishonesty_record SET source_unit = ?, basis = ?, credit_domain = ?, publicity_end = ?, "
        + "status = ?, updated_at = ? WHERE id = ?", corrected.sourceUnit(), corrected.basis(), corrected.domain(),
        corrected.publicityEnd(), before.status().answeredWith(status).name(), now(), recordId);
    DishonestyRecord after = reads.dishonestyRecord(recordId).orElseThrow();
    Map<String, Object> details = details(recordFields(before), recordFields(after));
    details.put("reason", reason);
    auditLog.record(before.subjectCode(), "credit.dishonesty-record-corrected", auditLog.currentActor(), details);
    return after;
  }

  /**
   * Moves a dishonesty record filed under a wrong code to the subject it belongs to (a provider's correction of the
   * code), audited under both codes.
   */
  @Transactional
  public DishonestyRecord reassignRecord(long recordId, String subjectCode, String reason) {
    DishonestyRecord before = reads.dishonestyRecord(recordId).orElseThrow(() -> ApiException.notFound(
        "unknown-dishonesty-record", "失信记录不存在：" + recordId, "No dishonesty record " + recordId));
    jdbc.update("UPDATE credit_dishonesty_record SET subject_id = ?, updated_at = ? WHERE id = ?",
        subjectId(subjectCode), now(), recordId);
    DishonestyRecord after = reads.dishonestyRecord(recordId).orElseThrow();
    Map<String, Object> details = details(recordFields(before), recordFields(after));
    details.put("reason", reason);
    auditLog.record(before.subjectCode(), "credit.dishonesty-record-reassigned", auditLog.currentActor(), details);
    auditLog.record(subjectCode, "credit.dishonesty-record-reassigned", auditLog.currentActor(), details);
    return after;
  }

  @Transactional
  public long addFulfilmentRecord(String code, NewFulfilmentRecord record) {
    long id = insert("INSERT INTO credit_fulfilment_record (subject_id, source_unit, case_number, outcome, description, "
        + "recorded_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", subjectId(code), record.sourceUnit(), record.caseNumber(),
        record.outcome(), record.description(), record.date(), now());
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("id", id);
    after.put("caseNumber", record.caseNumber());
    after.put("outcome", record.outcome());
    after.put("sourceUnit", record.sourceUnit());
    after.put("date", String.valueOf(record.date()));
    audit(code, "credit.fulfilment-record-added", null, after);
    return id;
  }

  /** Records an administrative penalty not yet performed, of no stated field; returns its id. */
  @Transactional
  public long addUnperformedPenalty(String code, String decisionNumber, String description, LocalDate decidedOn) {
    return addPenalty(code, decisionNumber, description, null, decidedOn);
  }

  /** Records an administrative penalty not yet performed in a field (领域, e.g. 市场监管); returns its id. */
  @Transactional
  public long addPenalty(String code, String decisionNumber, String description, String field, LocalDate decidedOn) {
    long id = insert("INSERT INTO credit_penalty (subject_id, decision_number, description, field, decided_on, "
        + "performed, created_at) VALUES (?, ?, ?, ?, ?, FALSE, ?)", subjectId(code), decisionNumber, description, field, decidedOn,
        now());
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("id", id);
    after.put("decisionNumber", decisionNumber);
    after.put("field", field);
    after.put("performed", false);
    audit(code, "credit.penalty-added", null, after);
    return id;
  }

  /** The subject's penalties decided from {@code from} to {@code to}, both included, performed or not. */
  public List<AdministrativePenalty> penalties(String code, LocalDate from, LocalDate to) {
    return reads.penaltiesDecided(code, from, to);
  }

  @Transactional
  public void markPenaltyPerformed(long penaltyId) {
    List<String> codes = jdbc.queryForList("SELECT s.code FROM credit_penalty p JOIN credit_subject s"
        + " ON s.id = p.subject_id WHERE p.id = ?", String.class, penaltyId);
    if (codes.isEmpty()) {
      throw ApiException.notFound("unknown-penalty", "行政处罚记录不存在", "No penalty " + penaltyId);
    }
    jdbc.update("UPDATE credit_penalty SET performed = TRUE WHERE id = ?", penaltyId);
    audit(personal.plain(codes.get(0)), "credit.penalty-performed", Map.of("id", penaltyId, "performed", false),
        Map.of("id", penaltyId, "performed", true));
  }

  private void requireGrade(String grade, boolean optional) {
    if ((grade == null && !optional) || (grade != null && !gradeScale.contains(grade))) {
      throw ApiException.badRequest("invalid-grade", "信用等级「" + grade + "」不在等级序列 " + gradeScale.grades() + " 中",
          "Grade '" + grade + "' is not on the scale " + gradeScale.grades());
    }
  }

  /** The subject's surrogate id, the key its records refer to. */
  private long subjectId(String code) {
    return reads.subjectId(code).orElseThrow(() -> unknownSubject(code));
  }

  private static ApiException unknownSubject(String code) {
    return ApiException.notFound("unknown-subject", "信用主体不存在：" + code, "No credit subject " + code);
  }

  /** The subject's own columns, for before/after in the audit log. */
  private Map<String, Object> subjectFields(String code) {
    List<Map<String, Object>> rows = jdbc.queryForList("SELECT code, subject_type, name, email, grade, red_listed, "
        + "blacklisted, blacklist_basis FROM credit_subject WHERE " + RegistryPersonalData.BY_CODE,
        personal.lookup(code));
    if (rows.isEmpty()) {
      throw unknownSubject(code);
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    rows.get(0).forEach((column, value) -> fields.put(column.toLowerCase(), value));
    fields.put("code", personal.plain((String) fields.get("code")));
    fields.put("email", personal.plain((String) fields.get("email")));
    return fields;
  }

  private static Map<String, Object> recordFields(DishonestyRecord record) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", record.id());
    fields.put("sourceUnit", record.sourceUnit());
    fields.put("basis", record.basis());
    fields.put("domain", record.domain());
    fields.put("date", String.valueOf(record.date()));
    fields.put("publicityStart", String.valueOf(record.publicityStart()));
    fields.put("publicityEnd", String.valueOf(record.publicityEnd()));
    fields.put("status", record.status().name());
    return fields;
  }

  private void audit(String code, String type, Map<String, Object> before, Map<String, Object> after) {
    auditLog.record(code, type, auditLog.currentActor(), details(before, after));
  }

  private static Map<String, Object> details(Map<String, Object> before, Map<String, Object> after) {
    Map<String, Object> details = new HashMap<>();
    details.put("before", before);
    details.put("after", after);
    return details;
  }

  private long insert(String sql, Object... args) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
      for (int i = 0; i < args.length; i++) {
        statement.setObject(i + 1, args[i]);
      }
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
