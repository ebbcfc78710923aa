package org.creditcommitment.report.yearly;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.creditcommitment.documents.Documents;
import org.creditcommitment.documents.IssuedDocument;
import org.creditcommitment.security.AllowedGroups;
import org.creditcommitment.security.CurrentUser;
import org.creditcommitment.security.Groups;
import org.creditcommitment.system.ApiException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The yearly report (普政数局〔2022〕25号 三（三）): the credit office issues it and records its filing; the auditor reads
 * the list and the PDFs. Nobody else: it is the credit office's report to the bureau.
 */
@RestController
class YearlyReportController {

  static final String PATH = "/api/statistics/yearly-reports";

  /** The year to report; the current year's report covers the year to date. */
  record IssueRequest(Integer year) {}

  /** To whom the report was filed, e.g. 市政务服务数据管理局 (普政数局〔2022〕25号 三（三）). */
  record FilingRequest(String filedTo) {}

  private final YearlyReports reports;
  private final Documents documents;

  YearlyReportController(YearlyReports reports, Documents documents) {
    this.reports = reports;
    this.documents = documents;
  }

  @PostMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
  @AllowedGroups(Groups.CREDIT_OFFICE)
  ResponseEntity<YearlyReportView> issue(@RequestBody(required = false) IssueRequest request, CurrentUser user) {
    long id = reports.issue(request == null ? null : request.year(), false, user.id());
    // laid out when the issue committed; as stored now
    return ResponseEntity.created(URI.create(PATH + "/" + id + "/pdf")).body(reports.view(id).orElseThrow());
  }

  @GetMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
  @AllowedGroups({Groups.CREDIT_OFFICE, Groups.AUDITOR})
  List<YearlyReportView> list(@RequestParam(required = false) Integer year) {
    return reports.list(year);
  }

  @PostMapping(value = PATH + "/{id}/filing", produces = MediaType.APPLICATION_JSON_VALUE)
  @AllowedGroups(Groups.CREDIT_OFFICE)
  YearlyReportView file(@PathVariable long id, @RequestBody(required = false) FilingRequest request,
      CurrentUser user) {
    return reports.file(id, request == null ? null : request.filedTo(), user.id());
  }

  /** The exact bytes as issued; every download is a print in the year's timeline. */
  @GetMapping(value = PATH + "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  @AllowedGroups({Groups.CREDIT_OFFICE, Groups.AUDITOR})
  ResponseEntity<byte[]> pdf(@PathVariable long id, CurrentUser user) {
    IssuedDocument document = reports.document(id).orElseThrow(() -> ApiException.notFound("unknown-yearly-report",
        "年度报告不存在", "No such yearly report"));
    byte[] content = documents.content(document);
    documents.recordPrint(document, user.id());
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(document.type().title() + "-" + document.number() + ".pdf", StandardCharsets.UTF_8).build()
            .toString())
        .header("X-Document-SHA256", document.sha256())
        .body(content);
  }
}
