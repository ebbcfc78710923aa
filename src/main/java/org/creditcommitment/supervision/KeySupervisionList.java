package org.creditcommitment.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.CreditRecord;
import org.creditcommitment.credit.CreditRecordType;
import org.creditcommitment.credit.PushReceipt;
import org.creditcommitment.system.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

/**
 * 重点监管范围 (汕府办函〔2021〕17号 (一): 对违背承诺的市场主体纳入重点监管范围): a subject whose broken commitment an official
 * of the owning department recorded is listed until a day set by {@code cc.supervision.key-supervision.period};
 * while listed, its cases are drawn for inspection at least at {@code inspection-share} and the clerk is warned
 * when it applies. A listing ends by itself on its last day; the breach is pushed to the credit platform.
 */
@Service
public class KeySupervisionList {

  /** One listing: what was broken, by whom recorded, until when the subject is listed (the last day). */
  public record Listing(long id, String subjectCode, String subjectName, String commitmentRef, String department,
      String reason, String evidence, String recordedBy, OffsetDateTime listedAt, LocalDate listedUntil,
      String platformRecordId) {}

  /** What an official states of a broken commitment. */
  public record Breach(String subjectCode, String subjectName, String commitmentRef, String department,
      String departmentName, String reason, String evidence) {}

  private final JdbcTemplate jdbc;
  private final CreditPlatform platform;
  private final AuditLog audit;
  private final Clock clock;
  private final SupervisionProperties properties;

  KeySupervisionList(JdbcTemplate jdbc, CreditPlatform platform, AuditLog audit, Clock clock,
      SupervisionProperties properties) {
    this.jdbc = jdbc;
    this.platform = platform;
    this.audit = audit;
    this.clock = clock;
    this.properties = properties;
  }

  /**
   * Lists the subject and pushes the breach, in the caller's transaction: a platform that refuses leaves nothing.
   * The same commitment's breach recorded twice is one listing.
   */
  public Listing list(Breach breach, String actor) {
    Optional<Listing> earlier = jdbc.query("select * from key_supervision where commitment_ref = ?", MAPPER,
        breach.commitmentRef()).stream().findFirst();
    if (earlier.isPresent()) {
      return earlier.get();
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    LocalDate until = now.toLocalDate().plus(Period.parse(properties.keySupervision().period())).minusDays(1);
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("sourceUnit", breach.departmentName());
    payload.put("reason", breach.reason());
    payload.put("listedUntil", until.toString());
    payload.put("subjectName", breach.subjectName());
    PushReceipt receipt = platform.push(new CreditRecord(CreditRecordType.BREACH, breach.subjectCode(),
        breach.commitmentRef(), payload, breach.commitmentRef() + ":breach"));
    jdbc.update("insert into key_supervision (subject_code, subject_name, commitment_ref, department, reason, evidence,"
        + " recorded_by, listed_at, listed_until, platform_record_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        breach.subjectCode(), breach.subjectName(), breach.commitmentRef(), breach.department(), breach.reason(),
        breach.evidence(), actor, now, until, receipt.recordId());
    audit.record(breach.commitmentRef(), "supervision.key-supervision-listed", actor, Map.of("subjectCode",
        breach.subjectCode(), "reason", breach.reason(), "listedUntil", until.toString()));
    return jdbc.queryForObject("select * from key_supervision where commitment_ref = ?", MAPPER,
        breach.commitmentRef());
  }

  /** The subject's listing that is in force today, if any (the latest ending one). */
  public Optional<Listing> active(String subjectCode) {
    return jdbc.query("select * from key_supervision where subject_code = ? and listed_until >= ?"
        + " order by listed_until desc", MAPPER, subjectCode, LocalDate.now(clock)).stream().findFirst();
  }

  /** Every listing in force today, newest first. */
  public List<Listing> activeAll() {
    return jdbc.query("select * from key_supervision where listed_until >= ? order by listed_at desc, id desc",
        MAPPER, LocalDate.now(clock));
  }

  /** Listings recorded in the range, per department: a statistics figure. */
  public Map<String, Long> countsByDepartment(OffsetDateTime start, OffsetDateTime end) {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.query("select department, count(*) as n from key_supervision where listed_at >= ? and listed_at < ?"
        + " group by department order by department", rs -> {
          counts.put(rs.getString("department"), rs.getLong("n"));
        }, start, end);
    return counts;
  }

  /** The share at least drawn of a listed subject's cases of this grade. */
  double inspectionShare(String grade) {
    return properties.keySupervision().shareFor(grade);
  }

  private static final RowMapper<Listing> MAPPER = (rs, n) -> new Listing(rs.getLong("id"),
      rs.getString("subject_code"), rs.getString("subject_name"), rs.getString("commitment_ref"),
      rs.getString("department"), rs.getString("reason"), rs.getString("evidence"), rs.getString("recorded_by"),
      Timestamps.read(rs, "listed_at"), rs.getObject("listed_until", LocalDate.class),
      rs.getString("platform_record_id"));
}
