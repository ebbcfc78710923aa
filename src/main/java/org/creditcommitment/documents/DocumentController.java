package org.creditcommitment.documents;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.creditcommitment.documents.seal.DocumentIntegrity;
import org.creditcommitment.security.AllowedGroups;
import org.creditcommitment.security.CaseScope;
import org.creditcommitment.security.CurrentUser;
import org.creditcommitment.security.Groups;
import org.creditcommitment.security.ScopedKey;
import org.creditcommitment.system.ApiException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff's documents: a case's list and the PDFs. Who reads a case reads its documents ({@link CaseScope}: approvers
 * and inspectors only their departments'; the portal, acting for applicants, clerks, the credit office, auditors and
 * administrators all). The credit office's own documents (credit reports, objection results, repair decisions) are
 * not for approvers, inspectors and data providers (a provider answering an objection finds its link on the form, and
 * no documents behind it). Every download is recorded as a print in the case's timeline.
 */
@RestController
@AllowedGroups({Groups.PORTAL, Groups.CLERK, Groups.APPROVER, Groups.LEADER, Groups.INSPECTOR, Groups.PROVIDER, Groups.CREDIT_OFFICE,
    Groups.AUDITOR, Groups.ADMIN})
class DocumentController {

  private final Documents documents;
  private final CaseScope scope;
  private final DocumentsProperties properties;
  private final DocumentIntegrity integrity;

  DocumentController(Documents documents, CaseScope scope, DocumentsProperties properties,
      DocumentIntegrity integrity) {
    this.integrity = integrity;
    this.documents = documents;
    this.scope = scope;
    this.properties = properties;
  }

  @GetMapping(value = "/api/cases/{caseNo}/documents", produces = MediaType.APPLICATION_JSON_VALUE)
  List<DocumentView> ofCase(@ScopedKey @PathVariable String caseNo, CurrentUser user) {
    List<IssuedDocument> issued = documents.forCase(caseNo);
    if (issued.isEmpty()) {
      // a mistyped number is not a case without documents yet
      scope.requireKnown(caseNo);
    }
    return issued.stream()
        .filter(d -> mayRead(d, user))
        .map(d -> documents.view(d).withIntegrity(integrity.of(d))).toList();
  }

  @GetMapping(value = "/api/documents/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> pdf(@PathVariable long id, CurrentUser user) {
    // one answer whether the document is unknown or its case is not the caller's: ids are not a way to probe cases
    IssuedDocument document = documents.find(id)
        .filter(d -> mayRead(d, user) && (d.caseNo() == null || scope.mayRead(d.caseNo(), user)))
        .orElseThrow(() -> ApiException.notFound("unknown-document", "文书不存在或无权查看",
            "No such document, or not yours to read"));
    documents.recordPrint(document, user.id());
    return pdfResponse(document, documents.content(document));
  }

  private boolean mayRead(IssuedDocument document, CurrentUser user) {
    if (!document.department().equals(properties.reportDepartment())) {
      return true;
    }
    return user.isIn(Groups.PORTAL) || user.isIn(Groups.CLERK) || user.isIn(Groups.CREDIT_OFFICE)
        || user.isIn(Groups.AUDITOR) || user.isIn(Groups.ADMIN);
  }

  /** The exact bytes as issued, shown inline, named by title and number, with their SHA-256. */
  static ResponseEntity<byte[]> pdfResponse(IssuedDocument document, byte[] content) {
    String filename = document.type().title() + "-" + document.number() + ".pdf";
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .cacheControl(CacheControl.noStore())
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(filename, StandardCharsets.UTF_8).build().toString())
        .header("X-Document-SHA256", document.sha256())
        .body(content);
  }
}
