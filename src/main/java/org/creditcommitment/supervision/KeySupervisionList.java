package org.creditcommitment.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.creditcommitment.credit.KeySupervisionPush;
import org.creditcommitment.credit.PushReceipt;
import org.creditcommitment.subject.StoredSubjectCodes;
import org.creditcommitment.system.Timestamps;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * 重点监管范围 (汕府办函〔2021〕17号 二（一）: 将违背信用承诺的市场主体列入重点监管范围): a subject is listed for one of two
 * causes: an official of the owning department recorded that it broke a commitment ({@link Cause#BREACH}, listed for
 * {@code cc.supervision.key-supervision.period}), or an approver chose the punishment measure 列为重点监管对象
 * ({@link Cause#PUNISHMENT}, for the months the approver set). While listed, its cases are drawn for inspection at
 * least at {@code inspection-share} and the clerk is warned when it applies. A listing ends by itself after its last
 * day; a punishment's listing also ends when its dishonesty record is repaired or its measures are lifted. Listing
 * and early end are pushed to the credit platform. A natural person's resident ID number is stored encrypted; a
 * subject's listing is found by the keyed index {@code subject_code_idx} ({@link StoredSubjectCodes}).
 */
@Service
public class KeySupervisionList {

  /** Why a subject is listed: one listing per commitment and cause. */
  public enum Cause {
    /** A broken commitment recorded by the owning department (POST …/breaches). */
    BREACH,
    /** The punishment measure 列为重点监管对象 of a punished case. */
    PUNISHMENT
  }

  /**
   * One listing: what was broken, by whom recorded, until when the subject is listed (the last day); a punishment's
   * listing names its dishonesty record, and {@code endedAt} is set when it ended before its last day.
   */
  public record Listing(long id, String subjectCode, String subjectName, String commitmentRef, String department,
      String reason, String evidence, String recordedBy, OffsetDateTime listedAt, LocalDate listedUntil,
      String platformRecordId, Cause cause, String dishonestyRecordId, OffsetDateTime endedAt, String endReason) {}

  /** What an official states of a broken commitment. */
  public record Breach(String subjectCode, String subjectName, String commitmentRef, String department,
      String departmentName, String reason, String evidence) {}

  /** A punishment with the measure 列为重点监管对象: its case, its dishonesty record and the months chosen. */
  public record Punishment(Breach breach, String dishonestyRecordId, int months) {}

  private final JdbcTemplate jdbc;
  private final CreditPlatform platform;
  private final AuditLog audit;
  private final Clock clock;
  private final SupervisionProperties properties;
  private final StoredSubjectCodes codes;

  KeySupervisionList(JdbcTemplate jdbc, CreditPlatform platform, AuditLog audit, Clock clock,
      SupervisionProperties properties, StoredSubjectCodes codes) {
    this.jdbc = jdbc;
    this.codes = codes;
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
    return list(breach, Cause.BREACH, null, Period.parse(properties.keySupervision().period()), actor);
  }

  /**
   * Lists the punished subject for the months the approver chose and pushes the listing, in the caller's transaction.
   * The same case's punishment listed twice (a retried step) is one listing.
   */
  public Listing list(Punishment punishment, String actor) {
    return list(punishment.breach(), Cause.PUNISHMENT, punishment.dishonestyRecordId(),
        Period.ofMonths(punishment.months()), actor);
  }

  /**
   * Encrypts and indexes the codes stored before, or under an earlier key, at every start (the key is configuration,
   * which a migration does not have).
   */
  @EventListener(ApplicationReadyEvent.class)
  void protectPersonalData() {
    codes.protectStored("key_supervision", "id", "subject_code", "subject_code_idx");
  }

  /** The months a punishment lists a subject for when the approver gave none, and the most it may give. */
  public SupervisionProperties.Measure measure() {
    return properties.keySupervision().measure();
  }

  private Listing list(Breach breach, Cause cause, String dishonestyRecordId, Period period, String actor) {
    Optional<Listing> earlier = find(breach.commitmentRef(), cause);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    LocalDate until = now.toLocalDate().plus(period).minusDays(1);
    PushReceipt receipt = platform.push(new KeySupervisionPush(breach.subjectCode(), breach.subjectName(),
        breach.commitmentRef(), cause.name(), dishonestyRecordId)
        .listed(breach.departmentName(), breach.reason(), until));
    jdbc.update("insert into key_supervision (subject_code, subject_name, commitment_ref, department, reason, evidence,"
        + " recorded_by, listed_at, listed_until, platform_record_id, cause, dishonesty_record_id, subject_code_idx)"
        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        codes.store(breach.subjectCode()), breach.subjectName(), breach.commitmentRef(), breach.department(), breach.reason(),
        breach.evidence(), actor, now, until, receipt.recordId(), cause.name(), dishonestyRecordId,
        codes.index(breach.subjectCode()));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("subjectCode", breach.subjectCode());
    details.put("reason", breach.reason());
    details.put("listedUntil", until.toString());
    details.put("cause", cause.name());
    if (dishonestyRecordId != null) {
      details.put("dishonestyRecordId", dishonestyRecordId);
    }
    audit.record(breach.commitmentRef(), "supervision.key-supervision-listed", actor, details);
    return find(breach.commitmentRef(), cause).orElseThrow();
  }

  /**
   * Ends, today, the listings a punishment with this dishonesty record caused: a repaired record's measures are lifted
   * (普政数局〔2022〕25号 二（三）二是: 符合退出条件的要及时撤出), and so are those of a record revoked after an objection
   * (汕府办函〔2021〕17号 六（二十三）: 错误采取失信联合惩戒措施的，应及时撤销). Pushes the end to the credit platform in
   * the caller's transaction; a listing already ended, or past its last day, stays as it is, so a retried step ends
   * nothing twice.
   *
   * @return the listings ended now
   */
  public List<Listing> endFor(String dishonestyRecordId, String reason, String actor) {
    List<Listing> ending = jdbc.query("select * from key_supervision where dishonesty_record_id = ? and cause = ?"
        + " and ended_at is null and listed_until >= ? order by id", this::row, dishonestyRecordId,
        Cause.PUNISHMENT.name(), LocalDate.now(clock));
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (Listing listing : ending) {
      platform.push(new KeySupervisionPush(listing.subjectCode(), listing.subjectName(), listing.commitmentRef(),
          listing.cause().name(), dishonestyRecordId).ended(listing.listedUntil(), now.toLocalDate(), reason));
      jdbc.update("update key_supervision set ended_at = ?, end_reason = ? where id = ? and ended_at is null", now,
          reason, listing.id());
      audit.record(listing.commitmentRef(), "supervision.key-supervision-ended", actor, Map.of("subjectCode",
          listing.subjectCode(), "dishonestyRecordId", dishonestyRecordId, "reason", reason));
    }
    return ending;
  }

  /** The listing of this commitment for this cause, ended or not. */
  public Optional<Listing> find(String commitmentRef, Cause cause) {
    return jdbc.query("select * from key_supervision where commitment_ref = ? and cause = ? order by id", this::row,
        commitmentRef, cause.name()).stream().findFirst();
  }

  /** The subject's listing that is in force today, if any (the latest ending one). */
  public Optional<Listing> active(String subjectCode) {
    return jdbc.query("select * from key_supervision where subject_code_idx = ? and listed_until >= ?"
        + " and ended_at is null order by listed_until desc, id desc", this::row, codes.index(subjectCode),
        LocalDate.now(clock)).stream().findFirst();
  }

  /** Every listing in force today, newest first. */
  public List<Listing> activeAll() {
    return jdbc.query("select * from key_supervision where listed_until >= ? and ended_at is null"
        + " order by listed_at desc, id desc", this::row, LocalDate.now(clock));
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

  private Listing row(ResultSet rs, int n) throws SQLException {
    return new Listing(rs.getLong("id"),
        codes.read(rs.getString("subject_code")), rs.getString("subject_name"), rs.getString("commitment_ref"),
        rs.getString("department"), rs.getString("reason"), rs.getString("evidence"), rs.getString("recorded_by"),
        Timestamps.read(rs, "listed_at"), rs.getObject("listed_until", LocalDate.class),
        rs.getString("platform_record_id"), Cause.valueOf(rs.getString("cause")), rs.getString("dishonesty_record_id"),
        Timestamps.read(rs, "ended_at"), rs.getString("end_reason"));
  }
}
