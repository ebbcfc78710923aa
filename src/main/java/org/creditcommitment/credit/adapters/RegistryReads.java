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

/** Reads of the embedded registry's tables, mapped to the public records. */
@Component
class RegistryReads {

  private static final RowMapper<DishonestyRecord> DISHONESTY = (rs, i) -> new DishonestyRecord(rs.getLong("id"),
      rs.getString("subject_code"), rs.getString("source_unit"), rs.getString("basis"), rs.getString("credit_domain"),
      date(rs, "recorded_on"), date(rs, "publicity_start"), date(rs, "publicity_end"),
      DishonestyStatus.valueOf(rs.getString("status")));

  private final JdbcTemplate jdbc;

  RegistryReads(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The subject's profile without query time and source, or empty when unknown. */
  Optional<CreditProfile> profile(String code) {
    List<CreditProfile> subjects = jdbc.query("SELECT * FROM credit_subject WHERE code = ?", (rs, i) ->
        new CreditProfile(rs.getString("code"), rs.getString("name"), SubjectType.valueOf(rs.getString("subject_type")),
            rs.getString("email"), rs.getString("grade"), rs.getBoolean("red_listed"), rs.getBoolean("blacklisted"),
            rs.getString("blacklist_basis"), false, penalties(code), dishonestyRecords(code), fulfilmentRecords(code),
            null, null), code);
    return subjects.stream().findFirst();
  }

  boolean exists(String code) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM credit_subject WHERE code = ?", Integer.class, code);
    return count != null && count > 0;
  }

  List<DishonestyRecord> dishonestyRecords(String code) {
    return jdbc.query("SELECT * FROM credit_dishonesty_record WHERE subject_code = ? ORDER BY recorded_on, id",
        DISHONESTY, code);
  }

  Optional<DishonestyRecord> dishonestyRecord(long id) {
    return jdbc.query("SELECT * FROM credit_dishonesty_record WHERE id = ?", DISHONESTY, id).stream().findFirst();
  }

  List<DishonestyRecord> activeRecordsWithPublicityEndedBefore(LocalDate date) {
    // a record under objection still leaves publicity on its date
    return jdbc.query("SELECT * FROM credit_dishonesty_record WHERE status IN (?, ?) AND publicity_end < ? ORDER BY id",
        DISHONESTY, DishonestyStatus.ACTIVE.name(), DishonestyStatus.UNDER_OBJECTION.name(), date);
  }

  List<DishonestyRecord> recordsSince(LocalDate from) {
    return jdbc.query("SELECT * FROM credit_dishonesty_record WHERE recorded_on >= ? ORDER BY subject_code, id",
        DISHONESTY, from);
  }

  List<UnperformedPenalty> penalties(String code) {
    return jdbc.query("SELECT * FROM credit_penalty WHERE subject_code = ? AND performed = FALSE ORDER BY decided_on, id",
        (rs, i) -> new UnperformedPenalty(rs.getLong("id"), rs.getString("decision_number"),
            rs.getString("description"), date(rs, "decided_on")), code);
  }

  /** Every penalty of the subject decided from {@code from} to {@code to}, both included, performed or not. */
  List<AdministrativePenalty> penaltiesDecided(String code, LocalDate from, LocalDate to) {
    return jdbc.query("SELECT * FROM credit_penalty WHERE subject_code = ? AND decided_on >= ? AND decided_on <= ?"
        + " ORDER BY decided_on, id", (rs, i) -> new AdministrativePenalty(rs.getLong("id"),
            rs.getString("decision_number"), rs.getString("description"), rs.getString("field"),
            date(rs, "decided_on"), rs.getBoolean("performed")), code, from, to);
  }

  List<FulfilmentRecord> fulfilmentRecords(String code) {
    return jdbc.query("SELECT * FROM credit_fulfilment_record WHERE subject_code = ? ORDER BY recorded_on, id",
        (rs, i) -> new FulfilmentRecord(rs.getLong("id"), rs.getString("source_unit"), rs.getString("case_number"),
            rs.getString("outcome"), rs.getString("description"), date(rs, "recorded_on")), code);
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }
}
