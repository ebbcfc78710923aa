package org.creditcommitment.credit.adapters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.creditcommitment.credit.AdministrativePenalty;
import org.creditcommitment.credit.CreditProfile;
import org.creditcommitment.credit.DishonestyRecord;
import org.creditcommitment.credit.DishonestyStatus;
import org.creditcommitment.credit.FulfilmentRecord;
import org.creditcommitment.credit.UnperformedPenalty;
import org.creditcommitment.subject.SubjectType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Reads of the embedded registry's tables, mapped to the public records. A subject is found by its code through
 * {@link RegistryPersonalData#BY_CODE}; its records through its surrogate id. Codes and e-mail addresses are decrypted
 * here, so everything above sees them as before.
 */
@Component
class RegistryReads {

  /** A dishonesty record with its subject's stored code. */
  private static final String DISHONESTY_SELECT = "SELECT r.*, s.code AS subject_code FROM credit_dishonesty_record r"
      + " JOIN credit_subject s ON s.id = r.subject_id";

  private final RowMapper<DishonestyRecord> dishonesty;
  private final JdbcTemplate jdbc;
  private final RegistryPersonalData personal;

  RegistryReads(JdbcTemplate jdbc, RegistryPersonalData personal) {
    this.jdbc = jdbc;
    this.personal = personal;
    this.dishonesty = (rs, i) -> new DishonestyRecord(rs.getLong("id"), personal.plain(rs.getString("subject_code")),
        rs.getString("source_unit"), rs.getString("basis"), rs.getString("credit_domain"), date(rs, "recorded_on"),
        date(rs, "publicity_start"), date(rs, "publicity_end"), DishonestyStatus.valueOf(rs.getString("status")));
  }

  /** The subject's surrogate id, or empty when unknown. */
  Optional<Long> subjectId(String code) {
    return jdbc.queryForList("SELECT id FROM credit_subject WHERE " + RegistryPersonalData.BY_CODE, Long.class,
        personal.lookup(code)).stream().findFirst();
  }

  /** The subject's profile without query time and source, or empty when unknown. */
  Optional<CreditProfile> profile(String code) {
    List<CreditProfile> subjects = jdbc.query("SELECT * FROM credit_subject WHERE " + RegistryPersonalData.BY_CODE,
        (rs, i) -> {
          long id = rs.getLong("id");
          return new CreditProfile(personal.plain(rs.getString("code")), rs.getString("name"),
              SubjectType.valueOf(rs.getString("subject_type")), personal.plain(rs.getString("email")),
              rs.getString("grade"), rs.getBoolean("red_listed"), rs.getBoolean("blacklisted"),
              rs.getString("blacklist_basis"), false, penalties(id), dishonestyRecords(id), fulfilmentRecords(id),
              null, null);
        }, personal.lookup(code));
    return subjects.stream().findFirst();
  }

  boolean exists(String code) {
    return subjectId(code).isPresent();
  }

  List<DishonestyRecord> dishonestyRecords(long subjectId) {
    return jdbc.query(DISHONESTY_SELECT + " WHERE r.subject_id = ? ORDER BY r.recorded_on, r.id", dishonesty,
        subjectId);
  }

  Optional<DishonestyRecord> dishonestyRecord(long id) {
    return jdbc.query(DISHONESTY_SELECT + " WHERE r.id = ?", dishonesty, id).stream().findFirst();
  }

  List<DishonestyRecord> activeRecordsWithPublicityEndedBefore(LocalDate date) {
    // a record under objection still leaves publicity on its date
    return jdbc.query(DISHONESTY_SELECT + " WHERE r.status IN (?, ?) AND r.publicity_end < ? ORDER BY r.id",
        dishonesty, DishonestyStatus.ACTIVE.name(), DishonestyStatus.UNDER_OBJECTION.name(), date);
  }

  /** Grouped by subject (the codes cannot be sorted in the database: a person's is encrypted). */
  List<DishonestyRecord> recordsSince(LocalDate from) {
    return jdbc.query(DISHONESTY_SELECT + " WHERE r.recorded_on >= ? ORDER BY r.subject_id, r.id", dishonesty, from);
  }

  List<UnperformedPenalty> penalties(long subjectId) {
    return jdbc.query("SELECT * FROM credit_penalty WHERE subject_id = ? AND performed = FALSE ORDER BY decided_on, id",
        (rs, i) -> new UnperformedPenalty(rs.getLong("id"), rs.getString("decision_number"),
            rs.getString("description"), date(rs, "decided_on")), subjectId);
  }

  /** Every penalty of the subject decided from {@code from} to {@code to}, both included, performed or not. */
  List<AdministrativePenalty> penaltiesDecided(String code, LocalDate from, LocalDate to) {
    Optional<Long> id = subjectId(code);
    if (id.isEmpty()) {
      return List.of();
    }
    return jdbc.query("SELECT * FROM credit_penalty WHERE subject_id = ? AND decided_on >= ? AND decided_on <= ?"
        + " ORDER BY decided_on, id", (rs, i) -> new AdministrativePenalty(rs.getLong("id"),
            rs.getString("decision_number"), rs.getString("description"), rs.getString("field"),
            date(rs, "decided_on"), rs.getBoolean("performed")), id.get(), from, to);
  }

  List<FulfilmentRecord> fulfilmentRecords(long subjectId) {
    return jdbc.query("SELECT * FROM credit_fulfilment_record WHERE subject_id = ? ORDER BY recorded_on, id",
        (rs, i) -> new FulfilmentRecord(rs.getLong("id"), rs.getString("source_unit"), rs.getString("case_number"),
            rs.getString("outcome"), rs.getString("description"), date(rs, "recorded_on")), subjectId);
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }
}
