package org.creditcommitment.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.subject.StoredSubjectCodes;
import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.Timestamps;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 负面行为防范提醒清单 (普政数局〔2022〕25号 二（八）): subjects flagged with a reason, shown to the clerk on
 * every new application. A flag warns; it never refuses. A natural person's resident ID number is stored encrypted;
 * a subject's reminders are found by the keyed index {@code subject_code_idx} ({@link StoredSubjectCodes}).
 */
@Service
public class NegativeReminders {

  public record Reminder(long id, String subjectCode, String reason, String addedBy, OffsetDateTime addedAt) {}

  private final JdbcTemplate jdbc;
  private final AuditLog audit;
  private final Clock clock;
  private final KeySupervisionList keySupervision;
  private final StoredSubjectCodes codes;

  NegativeReminders(JdbcTemplate jdbc, AuditLog audit, Clock clock, KeySupervisionList keySupervision,
      StoredSubjectCodes codes) {
    this.keySupervision = keySupervision;
    this.codes = codes;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** Encrypts and indexes the codes stored before, or under an earlier key, at every start. */
  @EventListener(ApplicationReadyEvent.class)
  void protectPersonalData() {
    codes.protectStored("negative_reminder", "id", "subject_code", "subject_code_idx");
  }

  @Transactional
  public Reminder add(String subjectCode, String reason, String actor) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.update(connection -> {
      var insert = connection.prepareStatement("insert into negative_reminder (subject_code, reason, added_by,"
          + " added_at, active, subject_code_idx) values (?, ?, ?, ?, true, ?)", new String[] {"id"});
      insert.setString(1, codes.store(subjectCode));
      insert.setString(2, reason);
      insert.setString(3, actor);
      insert.setObject(4, now);
      insert.setString(5, codes.index(subjectCode));
      return insert;
    }, keys);
    Reminder added = jdbc.queryForObject("select * from negative_reminder where id = ?", this::row,
        keys.getKey().longValue());
    audit.record(subjectCode, "supervision.reminder-added", actor, Map.of("id", added.id(), "reason", reason));
    return added;
  }

  @Transactional
  public void remove(long id, String actor) {
    Reminder reminder = jdbc.query("select * from negative_reminder where id = ? and active = true", this::row, id)
        .stream().findFirst().orElseThrow(() -> ApiException.notFound("unknown-reminder", "没有该提醒记录",
            "No such active reminder"));
    jdbc.update("update negative_reminder set active = false where id = ?", id);
    audit.record(reminder.subjectCode(), "supervision.reminder-removed", actor, Map.of("id", id));
  }

  public List<Reminder> active(String subjectCode) {
    return jdbc.query("select * from negative_reminder where subject_code_idx = ? and active = true order by id", this::row,
        codes.index(subjectCode));
  }

  public List<Reminder> all() {
    return jdbc.query("select * from negative_reminder where active = true order by id", this::row);
  }

  /** What the clerk sees on the case's forms. */
  public String textFor(String subjectCode) {
    List<Reminder> reminders = active(subjectCode);
    List<String> lines = new java.util.ArrayList<>();
    keySupervision.active(subjectCode).ifPresent(listing -> lines.add(
        (listing.cause() == KeySupervisionList.Cause.PUNISHMENT ? "⚠ 该主体经失信惩戒（办件 " + listing.commitmentRef()
            + "）列为重点监管对象" : "⚠ 该主体因违背承诺（办件 " + listing.commitmentRef() + "）纳入重点监管")
        + "，至 " + listing.listedUntil() + " 止：" + listing.reason()));
    if (!reminders.isEmpty()) {
      lines.add("⚠ 该主体列入负面行为防范提醒清单：" + String.join("；", reminders.stream().map(Reminder::reason).toList())
          + "（仅作提醒，不影响受理）");
    }
    return lines.isEmpty() ? "无" : String.join("\n", lines);
  }

  private Reminder row(ResultSet rs, int n) throws SQLException {
    return new Reminder(
        rs.getLong("id"), codes.read(rs.getString("subject_code")), rs.getString("reason"), rs.getString("added_by"),
        Timestamps.read(rs, "added_at"));
  }
}
