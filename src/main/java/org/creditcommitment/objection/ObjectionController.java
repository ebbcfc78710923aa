package org.creditcommitment.objection;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.creditcommitment.evidence.StoredEvidence;
import org.creditcommitment.security.AllowedGroups;
import org.creditcommitment.security.CurrentUser;
import org.creditcommitment.security.Groups;
import org.creditcommitment.security.ScopedKey;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Filing an objection (the portal for the subject, a clerk at the window, or the credit office) and reading it. */
@RestController
class ObjectionController {

  private final ObjectionFiling filing;

  ObjectionController(ObjectionFiling filing) {
    this.filing = filing;
  }

  @PostMapping("/api/objections")
  @AllowedGroups({Groups.PORTAL, Groups.CLERK, Groups.CREDIT_OFFICE})
  ResponseEntity<Map<String, Object>> file(@Valid @RequestBody ObjectionRequest request, CurrentUser user) {
    Objection objection = filing.file(request, user.id());
    return ResponseEntity.created(URI.create("/api/objections/" + objection.objectionNo()))
        .body(Map.of("objectionNo", objection.objectionNo(), "processInstanceId", objection.processInstanceId()));
  }

  @GetMapping("/api/objections/{objectionNo}")
  @AllowedGroups({Groups.PORTAL, Groups.CLERK, Groups.CREDIT_OFFICE, Groups.PROVIDER, Groups.AUDITOR})
  ObjectionView read(@ScopedKey @PathVariable String objectionNo) {
    return new ObjectionView(filing.find(objectionNo), filing.files(objectionNo));
  }

  /** The objection as before, with its evidence files (each read at its {@code href}). */
  record ObjectionView(@JsonUnwrapped Objection objection, List<StoredEvidence> evidenceFiles) {}
}
