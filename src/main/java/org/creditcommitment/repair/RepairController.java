package org.creditcommitment.repair;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.creditcommitment.catalogue.CommitmentCategory;
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

/** Applying for credit repair (portal, clerk at the credit window, credit office), supplying materials, reading. */
@RestController
class RepairController {

  private final RepairFiling filing;

  RepairController(RepairFiling filing) {
    this.filing = filing;
  }

  /**
   * The exact text of the repair commitment (信用修复型) for this subject and record and its SHA-256 (also in the header
   * X-Text-SHA256): the portal shows it and files with the hash; at the window it is printed and signed on paper.
   */
  @PostMapping("/api/repairs/letter")
  @AllowedGroups({Groups.PORTAL, Groups.CLERK, Groups.CREDIT_OFFICE})
  ResponseEntity<Map<String, Object>> letter(@Valid @RequestBody RepairRequest.LetterFor request) {
    RepairFiling.Letter letter = filing.letter(request.subjectCode(), request.recordId());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("subjectCode", letter.subjectCode());
    out.put("recordId", letter.recordId());
    out.put("category", CommitmentCategory.CREDIT_REPAIR.name());
    out.put("categoryLabel", CommitmentCategory.CREDIT_REPAIR.label());
    out.put("text", letter.text());
    out.put("textSha256", letter.sha256());
    return ResponseEntity.ok().header("X-Text-SHA256", letter.sha256()).body(out);
  }

  /** Filed by the portal, the subject signed online; filed by an official, it signed on paper at the credit window. */
  @PostMapping("/api/repairs")
  @AllowedGroups({Groups.PORTAL, Groups.CLERK, Groups.CREDIT_OFFICE})
  ResponseEntity<Map<String, Object>> file(@Valid @RequestBody RepairRequest request, CurrentUser user) {
    Repair repair = filing.file(request, user.id(), user.isIn(Groups.PORTAL) ? RepairCommitment.Channel.ONLINE
        : RepairCommitment.Channel.WINDOW);
    return ResponseEntity.created(URI.create("/api/repairs/" + repair.repairNo()))
        .body(Map.of("repairNo", repair.repairNo(), "processInstanceId", repair.processInstanceId()));
  }

  @PostMapping("/api/repairs/{repairNo}/supplement")
  @AllowedGroups({Groups.PORTAL, Groups.CLERK, Groups.CREDIT_OFFICE})
  ResponseEntity<Void> supplement(@ScopedKey @PathVariable String repairNo, @Valid @RequestBody RepairSupplement body) {
    filing.supplement(repairNo, body);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/repairs/{repairNo}")
  @AllowedGroups({Groups.PORTAL, Groups.CLERK, Groups.CREDIT_OFFICE, Groups.AUDITOR})
  RepairView read(@ScopedKey @PathVariable String repairNo) {
    return new RepairView(filing.find(repairNo), filing.files(repairNo));
  }

  /** The repair as before, with its evidence files (each read at its {@code href}). */
  record RepairView(@JsonUnwrapped Repair repair, List<StoredEvidence> evidenceFiles) {}
}
