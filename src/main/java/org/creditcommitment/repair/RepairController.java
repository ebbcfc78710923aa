package org.creditcommitment.repair;

import java.net.URI;
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

/** Applying for credit repair (portal, clerk at the credit window, credit office), supplying materials, reading. */
@RestController
class RepairController {

  private final RepairFiling filing;

  RepairController(RepairFiling filing) {
    this.filing = filing;
  }

  @PostMapping("/api/repairs")
  @AllowedGroups({Groups.PORTAL, Groups.CLERK, Groups.CREDIT_OFFICE})
  ResponseEntity<Map<String, Object>> file(@Valid @RequestBody RepairRequest request, CurrentUser user) {
    Repair repair = filing.file(request, user.id());
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
  Repair read(@ScopedKey @PathVariable String repairNo) {
    return filing.find(repairNo);
  }
}
