package org.creditcommitment.report;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.creditcommitment.documents.DocumentLayouts;
import org.creditcommitment.documents.DocumentView;
import org.creditcommitment.documents.Documents;
import org.creditcommitment.documents.IssuedDocument;
import org.creditcommitment.credit.CreditLookups;
import org.creditcommitment.security.AllowedGroups;
import org.creditcommitment.security.CurrentUser;
import org.creditcommitment.security.Groups;
import org.creditcommitment.security.ScopedKey;
import org.creditcommitment.subject.SubjectCodes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A subject's credit reports: issued on request by the subject through the portal, or by a window clerk or the credit
 * office; read (listed) also by auditors and administrators. The PDF is {@code GET /api/documents/{id}/pdf}.
 */
@RestController
class CreditReportController {

  /** The request: the day the report speaks of; today when absent. */
  record ReportRequest(LocalDate asOf) {}

  private final CreditReports reports;
  private final Documents documents;
  private final SubjectCodes codes;
  private final CreditLookups lookups;
  private final DocumentLayouts layouts;

  CreditReportController(CreditReports reports, Documents documents, SubjectCodes codes, CreditLookups lookups,
      DocumentLayouts layouts) {
    this.layouts = layouts;
    this.lookups = lookups;
    this.reports = reports;
    this.documents = documents;
    this.codes = codes;
  }

  @PostMapping("/api/subjects/{code}/credit-reports")
  @AllowedGroups({Groups.PORTAL, Groups.CLERK, Groups.CREDIT_OFFICE})
  ResponseEntity<DocumentView> issue(@ScopedKey @PathVariable String code,
      @RequestBody(required = false) ReportRequest request, CurrentUser user) {
    String subject = codes.parse(code).value();
    IssuedDocument issued = reports.issue(subject, request == null ? null : request.asOf(), requestedBy(user));
    // a report discloses the subject's credit as a look-up does (汕府办函〔2021〕17号 (二十二)); its purpose is the report
    lookups.record(subject, null, "出具信用承诺履约报告（" + issued.number() + "）",
        "POST /api/subjects/{code}/credit-reports");
    // the requester waits for the report itself, not for a decision: laid out here rather than left to the pool
    layouts.layOutNow(issued);
    IssuedDocument report = documents.find(issued.id()).orElse(issued);
    return ResponseEntity.created(URI.create("/api/documents/" + report.id() + "/pdf")).body(documents.view(report));
  }

  @GetMapping("/api/subjects/{code}/credit-reports")
  @AllowedGroups({Groups.PORTAL, Groups.CLERK, Groups.CREDIT_OFFICE, Groups.AUDITOR, Groups.ADMIN})
  List<DocumentView> list(@ScopedKey @PathVariable String code) {
    return reports.issued(codes.parse(code).value()).stream().map(documents::view).toList();
  }

  private static String requestedBy(CurrentUser user) {
    if (user.isIn(Groups.PORTAL)) {
      return "申请人（网上办事大厅）";
    }
    return user.isIn(Groups.CREDIT_OFFICE) ? "信用办工作人员（" + user.id() + "）" : "政务服务窗口（" + user.id() + "）";
  }
}
