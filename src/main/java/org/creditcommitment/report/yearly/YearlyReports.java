package org.creditcommitment.report.yearly;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.commitment.FirstCase;
import org.creditcommitment.deadline.DeadlineService;
import org.creditcommitment.documents.DocumentRequest;
import org.creditcommitment.documents.DocumentType;
import org.creditcommitment.documents.DocumentView;
import org.creditcommitment.documents.Documents;
import org.creditcommitment.documents.DocumentsProperties;
import org.creditcommitment.documents.IssuedDocument;
import org.creditcommitment.statistics.YearFigures;
import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.ClockConfig;
import org.creditcommitment.system.FreeText;
import org.creditcommitment.system.Timestamps;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credit office's yearly report (普政数局〔2022〕25号 三（三）: 于每年12月底报): the year's statistics issued as a
 * numbered, verifiable document of the credit office, on request or by the December sweep, in versions (a later
 * version supersedes the earlier ones of its year, whose verification page then says so); the filing deadline of the
 * year (24:00 of 12月31日), and the filing (who, when, to whom), which ends it.
 */
@Service
@EnableConfigurationProperties(YearlyReportProperties.class)
class YearlyReports {

  /** The deadline kind of the year's filing; its rows belong to no process ({@link #processKey}). */
  static final String FILING_KIND = "yearlyReportFiling";
  static final String FILED_EVENT = "yearly-report.filed";
  static final int MAX_FILED_TO = 200;

  private final JdbcTemplate jdbc;
  private final Documents documents;
  private final DocumentsProperties documentProperties;
  private final YearlyReportProperties properties;
  private final YearFigures figures;
  private final FirstCase firstCase;
  private final DeadlineService deadlines;
  private final AuditLog audit;
  private final Clock clock;

  YearlyReports(JdbcTemplate jdbc, Documents documents, DocumentsProperties documentProperties,
      YearlyReportProperties properties, YearFigures figures, FirstCase firstCase, DeadlineService deadlines,
      AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.documents = documents;
    this.documentProperties = documentProperties;
    this.properties = properties;
    this.figures = figures;
    this.firstCase = firstCase;
    this.deadlines = deadlines;
    this.audit = audit;
    this.clock = clock;
  }

  /** The business key of a year's reports: their documents' timeline and their filing deadline, e.g. YR2026. */
  static String key(int year) {
    return "YR" + year;
  }

  /** The filing deadline's row names this in place of a process instance: no process waits for the filing. */
  static String processKey(int year) {
    return "yearly-report-" + year;
  }

  /** 24:00 of 12月31日 of the year, Beijing time: the filing is in time on 12月31日. */
  static Instant filingDue(int year) {
    return LocalDate.of(year + 1, 1, 1).atStartOfDay(ClockConfig.ZONE).toInstant();
  }

  /**
   * Issues the next version of a year's report: the current year's up to today, an earlier year's whole. Refuses a
   * missing or future year and one before the first case (400), writing nothing. Opens the year's filing deadline
   * with its first report, while the year is not filed and its end has not passed.
   *
   * @param automatic the December sweep's report: at most one a year (a second one fails on the database's
   *     constraint, and its whole step rolls back)
   */
  @Transactional
  long issue(Integer year, boolean automatic, String actor) {
    LocalDate today = LocalDate.now(clock.withZone(ClockConfig.ZONE));
    int reportYear = checkYear(year, today);
    LocalDate to = reportYear == today.getYear() ? today : LocalDate.of(reportYear, 12, 31);
    Integer last = jdbc.queryForObject("select max(version) from yearly_report where report_year = ?", Integer.class,
        reportYear);
    int version = last == null ? 1 : last + 1;
    if (version > 1) {
      documents.invalidate(key(reportYear), DocumentType.YEARLY_REPORT, "已由本年度第" + version + "版报告取代");
    }
    IssuedDocument document = documents.issue(new DocumentRequest(DocumentType.YEARLY_REPORT, key(reportYear),
        properties.officeCode(), documentProperties.reportIssuer(), null, documentProperties.reportDepartment(), null,
        YearlyReportContent.values(figures.of(reportYear, to), version, automatic)), actor);
    jdbc.update("insert into yearly_report (id, report_year, version, period_to, automatic_year, issued_at, issued_by)"
        + " values (?, ?, ?, ?, ?, ?, ?)", document.id(), reportYear, version, to, automatic ? reportYear : null,
        document.issuedAt(), document.issuedBy());
    openFilingDeadline(reportYear);
    return document.id();
  }

  /** Whether the December sweep has issued the year's report already. */
  boolean automaticIssued(int year) {
    return count("select count(*) from yearly_report where automatic_year = ?", year) > 0;
  }

  /**
   * Records that the report was filed (报送) to {@code filedTo} by {@code actor} now, and ends the year's filing
   * deadline. Refuses a missing or malformed recipient (400), an unknown report (404), a report filed already, one a
   * later version superseded, or one still being laid out (409); writes nothing then.
   */
  @Transactional
  YearlyReportView file(long id, String filedTo, String actor) {
    String recipient = filedTo == null ? null : filedTo.strip();
    if (recipient == null || recipient.isEmpty()) {
      throw ApiException.badRequest("filed-to-required", "请填写报送单位（如市政务服务数据管理局）",
          "Say to whom the report was filed (filedTo)");
    }
    if (recipient.length() > MAX_FILED_TO) {
      throw ApiException.badRequest("filed-to-too-long", "报送单位名称不得超过" + MAX_FILED_TO + "个字",
          "filedTo is longer than " + MAX_FILED_TO + " characters");
    }
    FreeText.require("filedTo", recipient, FreeText.Kind.NAME);
    Stored stored = stored(id).orElseThrow(YearlyReports::unknown);
    IssuedDocument document = documents.find(id).orElseThrow(YearlyReports::unknown);
    if (stored.filedAt() != null) {
      throw ApiException.conflict("already-filed", "该年度报告已于" + Documents.date(day(stored.filedAt()))
          + "报送" + stored.filedTo(), "This report was filed already");
    }
    if (!document.valid()) {
      throw ApiException.conflict("yearly-report-superseded", "该版本已被本年度新版本取代，请报送最新版本",
          "A later version of this year's report superseded this one; file the latest");
    }
    if (!document.laidOut()) {
      throw ApiException.conflict("document-being-issued", "年度报告正在出具，请稍后再报送",
          "The report is still being laid out; file it in a moment");
    }
    OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    if (jdbc.update("update yearly_report set filed_at = ?, filed_by = ?, filed_to = ? where id = ?"
        + " and filed_at is null", now, actor, recipient, id) != 1) {
      throw ApiException.conflict("already-filed", "该年度报告已报送", "This report was filed already");
    }
    deadlines.cancel(processKey(stored.year()), FILING_KIND);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("year", stored.year());
    details.put("version", stored.version());
    details.put("documentNumber", document.number());
    details.put("filedTo", recipient);
    audit.record(key(stored.year()), FILED_EVENT, actor, details);
    return view(id).orElseThrow();
  }

  /** The reports of a year, or of every year (newest first), each version with its filing. */
  List<YearlyReportView> list(Integer year) {
    List<Stored> rows = year == null
        ? jdbc.query("select * from yearly_report order by report_year desc, version desc", ROW)
        : jdbc.query("select * from yearly_report where report_year = ? order by version desc", ROW, year);
    List<YearlyReportView> views = new ArrayList<>();
    for (Stored row : rows) {
      documents.find(row.id()).ifPresent(d -> views.add(view(row, d)));
    }
    return views;
  }

  Optional<YearlyReportView> view(long id) {
    return stored(id).flatMap(row -> documents.find(id).map(d -> view(row, d)));
  }

  /** The document of a report, for its PDF; empty for an id that is no yearly report. */
  Optional<IssuedDocument> document(long id) {
    return stored(id).flatMap(row -> documents.find(id));
  }

  private void openFilingDeadline(int year) {
    Instant due = filingDue(year);
    boolean filed = count("select count(*) from yearly_report where report_year = ? and filed_at is not null",
        year) > 0;
    if (filed || !due.isAfter(clock.instant()) || deadlines.active(processKey(year), FILING_KIND).isPresent()) {
      return;
    }
    // a week ahead and on the last morning, 09:00 Beijing time
    List<Instant> reminders = List.of(due.minus(Duration.ofDays(7)).plus(Duration.ofHours(9)),
        due.minus(Duration.ofDays(1)).plus(Duration.ofHours(9)));
    deadlines.schedule(processKey(year), key(year), FILING_KIND, due, reminders);
  }

  private int checkYear(Integer year, LocalDate today) {
    if (year == null) {
      throw ApiException.badRequest("year-required", "请填写报告年度，如 " + today.getYear(),
          "Give the report's year, e.g. " + today.getYear());
    }
    if (year > today.getYear()) {
      throw ApiException.badRequest("future-year", year + "年度尚未开始，不能生成年度报告",
          "The year " + year + " has not begun; no report can be made of it");
    }
    int firstYear = firstCase.day().map(LocalDate::getYear).orElse(today.getYear());
    if (year < firstYear) {
      throw ApiException.badRequest("year-before-first-case", year + "年度早于首件办件的年度（" + firstYear
          + "年），没有可报告的数据", "The year " + year + " is before the first case (" + firstYear + ")");
    }
    return year;
  }

  private YearlyReportView view(Stored row, IssuedDocument d) {
    DocumentView shown = documents.view(d);
    String status = !d.laidOut() ? "出具中" : d.valid() ? "有效" : "已被新版本取代";
    return new YearlyReportView(row.id(), row.year(), row.version(), LocalDate.of(row.year(), 1, 1), row.periodTo(),
        row.automatic(), d.number(), d.type().title(), status, d.valid(), d.verificationCode(),
        documents.verifyUrl(d), d.laidOut() ? "/api/statistics/yearly-reports/" + row.id() + "/pdf" : null,
        d.sha256(), d.issuedAt(), d.issuedBy(), shown.issuedByName(),
        day(filingDue(row.year()).minusNanos(1).atZone(ClockConfig.ZONE).toOffsetDateTime()), row.filedAt(),
        row.filedBy(), row.filedTo());
  }

  private Optional<Stored> stored(long id) {
    return jdbc.query("select * from yearly_report where id = ?", ROW, id).stream().findFirst();
  }

  private long count(String sql, int year) {
    Long n = jdbc.queryForObject(sql, Long.class, year);
    return n == null ? 0 : n;
  }

  private static LocalDate day(OffsetDateTime at) {
    return at.atZoneSameInstant(ClockConfig.ZONE).toLocalDate();
  }

  private static ApiException unknown() {
    return ApiException.notFound("unknown-yearly-report", "年度报告不存在", "No such yearly report");
  }

  record Stored(long id, int year, int version, LocalDate periodTo, boolean automatic, OffsetDateTime filedAt,
      String filedBy, String filedTo) {}

  private static final RowMapper<Stored> ROW = YearlyReports::row;

  private static Stored row(ResultSet rs, int n) throws SQLException {
    return new Stored(rs.getLong("id"), rs.getInt("report_year"), rs.getInt("version"),
        rs.getObject("period_to", LocalDate.class), rs.getObject("automatic_year") != null,
        Timestamps.read(rs, "filed_at"), rs.getString("filed_by"), rs.getString("filed_to"));
  }
}
