package org.creditcommitment.voluntary;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.creditcommitment.security.AllowedGroups;
import org.creditcommitment.security.CurrentUser;
import org.creditcommitment.security.Groups;
import org.creditcommitment.security.ScopedKey;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Voluntary and self-regulatory commitments over /api (汕府办函〔2021〕17号 二（一）): the templates, the text to sign,
 * filing and withdrawal for the portal, reading, and revocation by the credit office or the owning department.
 */
@RestController
class VoluntaryController {

  private final VoluntaryTemplates templates;
  private final VoluntaryFiling filing;
  private final VoluntaryCommitments commitments;

  private final VoluntaryBreaches breaches;

  VoluntaryController(VoluntaryTemplates templates, VoluntaryFiling filing, VoluntaryCommitments commitments,
      VoluntaryBreaches breaches) {
    this.breaches = breaches;
    this.templates = templates;
    this.filing = filing;
    this.commitments = commitments;
  }

  @GetMapping("/api/voluntary-templates")
  @AllowedGroups({Groups.PORTAL, Groups.CLERK, Groups.APPROVER, Groups.INSPECTOR, Groups.PROVIDER,
      Groups.CREDIT_OFFICE, Groups.AUDITOR, Groups.ADMIN})
  List<Map<String, Object>> templates() {
    return templates.all().stream().map(t -> {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("code", t.code());
      out.put("name", t.name());
      out.put("category", t.category().name());
      out.put("categoryLabel", t.categoryLabel());
      out.put("department", t.department());
      out.put("validity", t.validity());
      out.put("review", t.review());
      out.put("coversMembers", t.coversMembers());
      out.put("text", t.text());
      return out;
    }).toList();
  }

  /** The exact text the subject signs for this input, and its SHA-256 (also in the header X-Text-SHA256). */
  @PostMapping("/api/voluntary-commitments/text")
  @AllowedGroups(Groups.PORTAL)
  ResponseEntity<Map<String, Object>> text(@Valid @RequestBody VoluntaryRequests.Text request) {
    VoluntaryFiling.Draft draft = filing.text(request);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("templateCode", draft.template().code());
    out.put("subjectName", draft.subjectName());
    out.put("nameCheck", draft.nameCheck());
    out.put("text", draft.text());
    out.put("textSha256", draft.sha256());
    return ResponseEntity.ok().header("X-Text-SHA256", draft.sha256()).body(out);
  }

  @PostMapping("/api/voluntary-commitments")
  @AllowedGroups(Groups.PORTAL)
  ResponseEntity<Map<String, Object>> file(@Valid @RequestBody VoluntaryRequests.Filing request, CurrentUser user) {
    VoluntaryRecord r = filing.file(request, user.id());
    return ResponseEntity.created(URI.create("/api/voluntary-commitments/" + r.voluntaryNo()))
        .body(Map.of("voluntaryNo", r.voluntaryNo(), "processInstanceId", r.processInstanceId(),
            "status", r.status().name(), "nameCheck", r.nameCheck()));
  }

  @GetMapping("/api/voluntary-commitments/{voluntaryNo}")
  @AllowedGroups({Groups.PORTAL, Groups.CLERK, Groups.APPROVER, Groups.CREDIT_OFFICE, Groups.AUDITOR})
  VoluntaryRecord read(@ScopedKey @PathVariable String voluntaryNo) {
    return commitments.require(voluntaryNo);
  }

  @PostMapping("/api/voluntary-commitments/{voluntaryNo}/withdrawal")
  @AllowedGroups(Groups.PORTAL)
  Map<String, Object> withdraw(@ScopedKey @PathVariable String voluntaryNo,
      @Valid @RequestBody(required = false) VoluntaryRequests.Reason body) {
    commitments.withdraw(voluntaryNo, body == null ? null : body.reason());
    return Map.of("voluntaryNo", voluntaryNo, "status", VoluntaryStatus.WITHDRAWN.name());
  }

  @PostMapping("/api/voluntary-commitments/{voluntaryNo}/revocation")
  @AllowedGroups({Groups.CREDIT_OFFICE, Groups.APPROVER})
  Map<String, Object> revoke(@ScopedKey @PathVariable String voluntaryNo,
      @Valid @RequestBody VoluntaryRequests.Reason body) {
    commitments.revoke(voluntaryNo, body.reason());
    return Map.of("voluntaryNo", voluntaryNo, "status", VoluntaryStatus.REVOKED.name());
  }

  /** 违背承诺: the owning department's approvers or the credit office record a breach of a standing commitment. */
  @PostMapping("/api/voluntary-commitments/{voluntaryNo}/breaches")
  @AllowedGroups({Groups.CREDIT_OFFICE, Groups.APPROVER})
  org.springframework.http.ResponseEntity<org.creditcommitment.supervision.KeySupervisionList.Listing> breach(
      @ScopedKey @PathVariable String voluntaryNo, @Valid @RequestBody VoluntaryRequests.Breach body,
      CurrentUser user) {
    return org.springframework.http.ResponseEntity.status(201).body(breaches.record(voluntaryNo, body, user.id()));
  }
}
