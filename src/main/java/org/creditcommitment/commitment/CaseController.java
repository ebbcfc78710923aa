package org.creditcommitment.commitment;

import java.net.URI;
import java.util.Map;

import jakarta.validation.Valid;

import org.creditcommitment.security.AllowedGroups;
import org.creditcommitment.supervision.KeySupervisionList;
import org.creditcommitment.security.CurrentUser;
import org.creditcommitment.security.Groups;
import org.creditcommitment.security.ScopedKey;
import org.creditcommitment.system.ApiException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The applicant-side API (the online portal, or a clerk on the applicant's behalf): open a case, read
 * it, read and sign the letter, withdraw the application or the commitment, correct the application, supplement
 * materials, submit rectification.
 */
@RestController
class CaseController {

  private final CaseApplications applications;
  private final CaseOperations operations;
  private final CaseViews views;
  private final Letters letters;
  private final CaseBreaches breaches;
  private final Cases cases;
  private final CaseServices services;

  CaseController(CaseApplications applications, CaseOperations operations, CaseViews views, Letters letters,
      CaseBreaches breaches, Cases cases, CaseServices services) {
    this.services = services;
    this.breaches = breaches;
    this.cases = cases;
    this.applications = applications;
    this.operations = operations;
    this.views = views;
    this.letters = letters;
  }

  @PostMapping("/api/cases")
  @AllowedGroups({Groups.PORTAL, Groups.CLERK})
  ResponseEntity<Map<String, Object>> apply(@Valid @RequestBody ApplicationRequest request, CurrentUser user) {
    CaseRecord record = applications.apply(request, user.id());
    return ResponseEntity.created(URI.create("/api/cases/" + record.caseNo()))
        .body(Map.of("caseNo", record.caseNo(), "processInstanceId", record.processInstanceId(),
            "nameCheck", cases.nameState(record.caseNo()).check()));
  }

  @GetMapping("/api/cases/{caseNo}")
  @AllowedGroups({Groups.PORTAL, Groups.CLERK, Groups.APPROVER, Groups.LEADER, Groups.INSPECTOR, Groups.CREDIT_OFFICE, Groups.AUDITOR})
  Map<String, Object> read(@ScopedKey @PathVariable String caseNo) {
    return views.view(caseNo);
  }

  @GetMapping(value = "/api/cases/{caseNo}/letter", produces = {MediaType.TEXT_PLAIN_VALUE, MediaType.TEXT_HTML_VALUE})
  @AllowedGroups({Groups.PORTAL, Groups.CLERK, Groups.APPROVER, Groups.LEADER, Groups.INSPECTOR, Groups.CREDIT_OFFICE, Groups.AUDITOR})
  ResponseEntity<String> letter(@ScopedKey @PathVariable String caseNo,
      @RequestParam(defaultValue = "text") String format) {
    Letters.StoredLetter letter = letters.letter(caseNo).orElseThrow(() -> ApiException.notFound("no-letter",
        "该办件尚未生成信用承诺书", "No commitment letter has been issued for this case"));
    ResponseEntity.BodyBuilder ok = ResponseEntity.ok().header("X-Letter-SHA256", letter.sha256());
    if ("html".equals(format)) {
      String html = "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>信用承诺书 "
          + HtmlUtils.htmlEscape(caseNo) + "</title><style>body{font-family:serif;max-width:42em;margin:2em auto;"
          + "white-space:pre-wrap;line-height:1.8}@media print{body{margin:0}}</style></head><body>"
          + HtmlUtils.htmlEscape(letter.text()) + "</body></html>";
      return ok.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8)).body(html);
    }
    return ok.contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8)).body(letter.text());
  }

  @PostMapping("/api/cases/{caseNo}/signature")
  @AllowedGroups({Groups.PORTAL, Groups.CLERK})
  ResponseEntity<Void> sign(@ScopedKey @PathVariable String caseNo, @Valid @RequestBody CaseRequests.Sign body,
      CurrentUser user) {
    operations.sign(caseNo, body, user.id());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/cases/{caseNo}/withdrawal")
  @AllowedGroups({Groups.PORTAL, Groups.CLERK})
  ResponseEntity<Void> withdraw(@ScopedKey @PathVariable String caseNo,
      @Valid @RequestBody CaseRequests.Withdraw body) {
    operations.withdraw(caseNo, body);
    return ResponseEntity.noContent().build();
  }

  /** 撤回信用承诺: only the commitment mode ends; the application goes on by the original procedure. */
  @PostMapping("/api/cases/{caseNo}/commitment-withdrawal")
  @AllowedGroups({Groups.PORTAL, Groups.CLERK})
  ResponseEntity<Void> withdrawCommitment(@ScopedKey @PathVariable String caseNo,
      @Valid @RequestBody CaseRequests.Withdraw body) {
    operations.withdrawCommitment(caseNo, body);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/cases/{caseNo}/materials")
  @AllowedGroups({Groups.PORTAL, Groups.CLERK})
  ResponseEntity<Void> supplement(@ScopedKey @PathVariable String caseNo,
      @Valid @RequestBody CaseRequests.Supplement body) {
    operations.supplement(caseNo, body);
    return ResponseEntity.noContent().build();
  }

  /** 违背承诺: officials of the case's department (and the credit office) record a breach of its commitment. */
  @PostMapping("/api/cases/{caseNo}/breaches")
  @AllowedGroups({Groups.APPROVER, Groups.INSPECTOR, Groups.CREDIT_OFFICE})
  ResponseEntity<KeySupervisionList.Listing> breach(@ScopedKey @PathVariable String caseNo,
      @Valid @RequestBody CaseRequests.Breach body, CurrentUser user) {
    return ResponseEntity.status(201).body(breaches.record(caseNo, body, user.id()));
  }

  /** 补正 (中华人民共和国行政许可法 第三十二条): the materials the 补正材料通知书 named, corrected at once. */
  @PostMapping("/api/cases/{caseNo}/correction")
  @AllowedGroups({Groups.PORTAL, Groups.CLERK})
  ResponseEntity<Void> correct(@ScopedKey @PathVariable String caseNo,
      @Valid @RequestBody CaseRequests.Correction body, CurrentUser user) {
    operations.submitCorrection(caseNo, body, user.id());
    return ResponseEntity.noContent().build();
  }

  /**
   * 送达 (行政许可法 第四十四条): a clerk records how and when a decision document reached the applicant; the case's
   * service deadline then follows the next document not yet served.
   */
  @PostMapping("/api/cases/{caseNo}/documents/{documentId}/service")
  @AllowedGroups(Groups.CLERK)
  ResponseEntity<CaseServices.ServiceRecord> recordService(@ScopedKey @PathVariable String caseNo,
      @PathVariable long documentId, @Valid @RequestBody CaseRequests.Service body, CurrentUser user) {
    return ResponseEntity.ok(services.record(caseNo, documentId, body, user.id()));
  }

  @PostMapping("/api/cases/{caseNo}/rectification")
  @AllowedGroups({Groups.PORTAL, Groups.CLERK})
  ResponseEntity<Void> rectify(@ScopedKey @PathVariable String caseNo,
      @Valid @RequestBody CaseRequests.Rectification body) {
    operations.submitRectification(caseNo, body);
    return ResponseEntity.noContent().build();
  }
}
