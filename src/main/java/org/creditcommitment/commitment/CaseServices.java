package org.creditcommitment.commitment;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.calendar.Due;
import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.deadline.DeadlineService;
import org.creditcommitment.documents.DocumentType;
import org.creditcommitment.documents.Documents;
import org.creditcommitment.documents.IssuedDocument;
import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.RequestDates;
import org.creditcommitment.system.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 送达 (行政许可法 第四十四条: 行政机关作出准予行政许可的决定，应当自作出决定之日起十日内向申请人颁发、送达行政许可证件): each
 * decision document of a case ({@link #SERVED}) gets a service record when it is issued, and the case a service
 * deadline (kind {@code service}, 10 working days, 第八十二条) for the oldest document not yet served, reminding the
 * clerks. A document issued to an applicant who consented to electronic service at application is served by the step
 * that issues it (it is on the portal and its link mailed at once); any other is served when a clerk records how
 * and when ({@code POST /api/cases/{caseNo}/documents/{id}/service}).
 */
@Service
class CaseServices {

  /** The decision documents served under 第四十四条 (the licensing decisions) and the case's punishment decision. */
  static final Set<DocumentType> SERVED = Set.of(DocumentType.LICENCE_DECISION, DocumentType.DENIAL_DECISION,
      DocumentType.PUNISHMENT_DECISION);
  /** 十日, working days (行政许可法 第八十二条). */
  static final int PERIOD_WORKING_DAYS = 10;
  static final String REMINDER = "2WD";
  static final String SERVED_EVENT = "document.served";

  record ServiceRecord(long documentId, String caseNo, LocalDate dueDate, ServiceMethod method, LocalDate servedOn,
      String confirmedBy, OffsetDateTime recordedAt, String note) {}

  private final JdbcTemplate jdbc;
  private final Cases cases;
  private final DeadlineService deadlines;
  private final WorkingDayCalendar calendar;
  private final Documents documents;
  private final AuditLog audit;
  private final Clock clock;

  CaseServices(JdbcTemplate jdbc, Cases cases, DeadlineService deadlines, WorkingDayCalendar calendar,
      Documents documents, AuditLog audit, Clock clock) {
    this.documents = documents;
    this.jdbc = jdbc;
    this.cases = cases;
    this.deadlines = deadlines;
    this.calendar = calendar;
    this.audit = audit;
    this.clock = clock;
  }

  /** A decision document was issued, in the issuing step's transaction: its service record, and the deadline. */
  void issued(IssuedDocument document) {
    if (!SERVED.contains(document.type()) || document.caseNo() == null) {
      return;
    }
    CaseRecord c = cases.require(document.caseNo());
    Due due = calendar.dueAfterWorkingDays(clock.instant(), PERIOD_WORKING_DAYS);
    jdbc.update("insert into case_document_service (document_id, case_no, due_date) values (?, ?, ?)",
        document.id(), c.caseNo(), Date.valueOf(due.dueDate()));
    if (cases.serviceConsent(c.caseNo())) {
      serve(document, ServiceMethod.ELECTRONIC, LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE)),
          AuditLog.SYSTEM_ACTOR, "申请人申请时同意电子送达：文书已发布至网上办事大厅，并将核验链接发送至申请人电子邮箱");
    }
    followOldestUnserved(c);
  }

  /** A clerk's record of how and when a decision document reached the applicant. */
  @Transactional
  ServiceRecord record(String caseNo, long documentId, CaseRequests.Service body, String clerk) {
    CaseRecord c = cases.require(caseNo);
    cases.lock(caseNo);
    IssuedDocument document = documents.find(documentId).filter(d -> caseNo.equals(d.caseNo())
        && SERVED.contains(d.type())).orElseThrow(() -> ApiException.notFound("unknown-decision-document",
            "本办件没有编号为 " + documentId + " 的决定文书", "The case has no decision document " + documentId));
    ServiceRecord current = find(documentId).orElseThrow(() -> ApiException.notFound("unknown-decision-document",
        "该文书无送达记录", "The document has no service record"));
    if (current.servedOn() != null) {
      throw ApiException.conflict("already-served", "该文书已于 " + current.servedOn() + " 送达（" + current.method().label()
          + "）", "The document was served already on " + current.servedOn());
    }
    LocalDate servedOn = RequestDates.check("servedOn", body.servedOn());
    LocalDate issuedOn = document.issuedAt().atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate();
    LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
    if (servedOn.isBefore(issuedOn) || servedOn.isAfter(today)) {
      throw ApiException.badRequest("invalid-service-date", "送达日期应在文书出具之日（" + issuedOn + "）至今天之间",
          "The service date must lie between the document's issue (" + issuedOn + ") and today");
    }
    if (body.method() == ServiceMethod.ELECTRONIC && !cases.serviceConsent(caseNo)) {
      throw ApiException.badRequest("no-electronic-service-consent", "申请人未同意电子送达，不能以电子方式送达",
          "The applicant did not consent to electronic service");
    }
    String note = body.note() == null || body.note().isBlank() ? null : body.note().strip();
    serve(document, body.method(), servedOn, clerk, note);
    followOldestUnserved(c);
    return find(documentId).orElseThrow();
  }

  /** The case file's service records, oldest document first, as the API and the case view show them. */
  List<Map<String, Object>> view(String caseNo) {
    return jdbc.query("select * from case_document_service where case_no = ? order by document_id", ROW, caseNo)
        .stream().map(r -> {
          Map<String, Object> v = new LinkedHashMap<>();
          v.put("documentId", r.documentId());
          documents.find(r.documentId()).ifPresent(d -> {
            v.put("documentType", d.type().title());
            v.put("documentNumber", d.number());
          });
          v.put("dueDate", r.dueDate());
          v.put("method", r.method());
          v.put("methodLabel", r.method() == null ? null : r.method().label());
          v.put("servedOn", r.servedOn());
          v.put("confirmedBy", r.confirmedBy());
          v.put("note", r.note());
          return v;
        }).toList();
  }

  java.util.Optional<ServiceRecord> find(long documentId) {
    return jdbc.query("select * from case_document_service where document_id = ?", ROW, documentId).stream()
        .findFirst();
  }

  private void serve(IssuedDocument document, ServiceMethod method, LocalDate servedOn, String by, String note) {
    jdbc.update("update case_document_service set method = ?, served_on = ?, confirmed_by = ?, recorded_at = ?,"
        + " note = ? where document_id = ? and served_on is null", method.name(), Date.valueOf(servedOn), by,
        OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS), note, document.id());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("documentType", document.type().title());
    details.put("documentNumber", document.number());
    details.put("method", method.label());
    details.put("servedOn", servedOn.toString());
    details.put("confirmedBy", by);
    if (note != null) {
      details.put("note", note);
    }
    audit.record(document.caseNo(), SERVED_EVENT, by, details);
  }

  /** One service deadline per case: the oldest document not yet served; none when all are. */
  private void followOldestUnserved(CaseRecord c) {
    List<LocalDate> open = jdbc.queryForList("select due_date from case_document_service where case_no = ? and"
        + " served_on is null order by due_date, document_id", Date.class, c.caseNo()).stream()
        .map(Date::toLocalDate).toList();
    var active = deadlines.active(c.processInstanceId(), CaseDeadlineKinds.SERVICE);
    if (open.isEmpty()) {
      deadlines.cancel(c.processInstanceId(), CaseDeadlineKinds.SERVICE);
      return;
    }
    Instant due = open.get(0).plusDays(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
    if (active.isPresent() && active.get().due().equals(due)) {
      return;
    }
    Due end = new Due(open.get(0), due.atZone(WorkingDayCalendar.ZONE).toOffsetDateTime(),
        !calendar.hasYear(open.get(0).getYear()));
    deadlines.schedule(c.processInstanceId(), c.caseNo(), CaseDeadlineKinds.SERVICE, due, end.provisional(),
        List.of(calendar.reminderBefore(end, REMINDER)));
  }

  private static final RowMapper<ServiceRecord> ROW = (rs, n) -> {
    String method = rs.getString("method");
    Date served = rs.getDate("served_on");
    return new ServiceRecord(rs.getLong("document_id"), rs.getString("case_no"), rs.getDate("due_date").toLocalDate(),
        method == null ? null : ServiceMethod.valueOf(method), served == null ? null : served.toLocalDate(),
        rs.getString("confirmed_by"), Timestamps.read(rs, "recorded_at"), rs.getString("note"));
  };
}
