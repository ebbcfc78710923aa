package org.creditcommitment.commitment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.creditcommitment.calendar.Due;
import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.documents.IssuedDocument;
import org.creditcommitment.system.Timestamps;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The subject heard before an adverse decision (中华人民共和国行政处罚法 第四十四条 告知, 第四十五条 陈述申辩, 第六十三条、
 * 第六十四条 听证; 国办发〔2020〕49号 认定失信前告知): the proposal and its prior notice, the subject's statement or the
 * lapse of its period, the hearing record and the approver's answer, each written by the step that makes it.
 */
@Service("priorNotices")
public class PriorNotices {

  /** What became of the statement period. */
  enum Outcome {
    /** the subject stated its case (陈述申辩) in time */
    STATED,
    /** 逾期未陈述申辩: the period passed without a statement */
    LAPSED
  }

  record Notice(String caseNo, List<PunishmentMeasure> proposedMeasures, String facts, String basis,
      boolean hearingRight, String proposedBy, OffsetDateTime proposedAt, String documentNo,
      OffsetDateTime statementDue, OffsetDateTime issuedAt, String answer, String answeredBy) {}

  record Statement(String caseNo, Outcome outcome, String text, boolean hearingRequested, String recordedBy,
      OffsetDateTime recordedAt) {}

  record Hearing(String caseNo, LocalDate date, String summary, String recordedBy, OffsetDateTime recordedAt) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final String statementPeriod;

  PriorNotices(JdbcTemplate jdbc, Clock clock, WorkingDayCalendar calendar,
      @Value("${cc.punishment.statement-period:5WD}") String statementPeriod) {
    this.jdbc = jdbc;
    this.clock = clock;
    // a period the calendar cannot read stops the start, not the first case that reaches it
    calendar.due(clock.instant(), statementPeriod);
    this.statementPeriod = statementPeriod;
  }

  /** The period the subject has to state its case, e.g. 5WD (setting cc.punishment.statement-period). */
  public String statementPeriod() {
    return statementPeriod;
  }

  /**
   * 行政处罚法 第六十三条: a hearing may be asked for before 吊销许可证件 (and the other heavier penalties it lists, none of
   * which is on the joint-punishment list); the other measures are stated and defended in writing.
   */
  static boolean givesHearingRight(List<PunishmentMeasure> measures) {
    return measures.contains(PunishmentMeasure.REVOKE_LICENCE);
  }

  void propose(String caseNo, List<PunishmentMeasure> measures, String facts, String basis, String by) {
    jdbc.update("insert into case_prior_notice (case_no, proposed_measures, facts, basis, hearing_right, proposed_by,"
        + " proposed_at) values (?, ?, ?, ?, ?, ?, ?)", caseNo, names(measures), facts, basis,
        givesHearingRight(measures), by, OffsetDateTime.now(clock));
  }

  /** The notice served: its number is stored when the step commits ({@link IssuedDocument#whenNumbered}). */
  void issued(String caseNo, IssuedDocument document, Due statementDue) {
    jdbc.update("update case_prior_notice set statement_due = ?, issued_at = ? where case_no = ?",
        statementDue.dueAt(), OffsetDateTime.now(clock), caseNo);
    document.whenNumbered(number -> jdbc.update("update case_prior_notice set document_no = ? where case_no = ?",
        number, caseNo));
  }

  void answer(String caseNo, String answer, String by) {
    jdbc.update("update case_prior_notice set answer = ?, answered_by = ?, answered_at = ? where case_no = ?", answer,
        by, OffsetDateTime.now(clock), caseNo);
  }

  Optional<Notice> notice(String caseNo) {
    return jdbc.query("select * from case_prior_notice where case_no = ?", (rs, n) -> new Notice(
        rs.getString("case_no"), parse(rs.getString("proposed_measures")), rs.getString("facts"),
        rs.getString("basis"), rs.getBoolean("hearing_right"), rs.getString("proposed_by"),
        Timestamps.read(rs, "proposed_at"), rs.getString("document_no"), Timestamps.read(rs, "statement_due"),
        Timestamps.read(rs, "issued_at"), rs.getString("answer"), rs.getString("answered_by")), caseNo)
        .stream().findFirst();
  }

  /** Inserts the statement's outcome; a second one for the case fails on the key (DuplicateKeyException). */
  void recordStatement(String caseNo, Outcome outcome, String text, boolean hearingRequested, String by) {
    jdbc.update("insert into case_statement (case_no, outcome, statement_text, hearing_requested, recorded_by,"
        + " recorded_at) values (?, ?, ?, ?, ?, ?)", caseNo, outcome.name(), text, hearingRequested, by,
        OffsetDateTime.now(clock));
  }

  Optional<Statement> statement(String caseNo) {
    return jdbc.query("select * from case_statement where case_no = ?", (rs, n) -> new Statement(
        rs.getString("case_no"), Outcome.valueOf(rs.getString("outcome")), rs.getString("statement_text"),
        rs.getBoolean("hearing_requested"), rs.getString("recorded_by"), Timestamps.read(rs, "recorded_at")),
        caseNo).stream().findFirst();
  }

  void recordHearing(String caseNo, LocalDate date, String summary, String by) {
    jdbc.update("insert into case_hearing (case_no, hearing_date, summary, recorded_by, recorded_at)"
        + " values (?, ?, ?, ?, ?)", caseNo, date, summary, by, OffsetDateTime.now(clock));
  }

  Optional<Hearing> hearing(String caseNo) {
    return jdbc.query("select * from case_hearing where case_no = ?", (rs, n) -> new Hearing(rs.getString("case_no"),
        rs.getObject("hearing_date", LocalDate.class), rs.getString("summary"), rs.getString("recorded_by"),
        Timestamps.read(rs, "recorded_at")), caseNo).stream().findFirst();
  }

  private static String names(List<PunishmentMeasure> measures) {
    return String.join(",", measures.stream().map(Enum::name).toList());
  }

  private static List<PunishmentMeasure> parse(String names) {
    return Arrays.stream(names.split(",")).filter(s -> !s.isBlank()).map(PunishmentMeasure::valueOf).toList();
  }
}
