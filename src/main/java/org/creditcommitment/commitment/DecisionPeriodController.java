package org.creditcommitment.commitment;

import java.util.Map;

import jakarta.validation.Valid;

import org.creditcommitment.security.AllowedGroups;
import org.creditcommitment.security.CurrentUser;
import org.creditcommitment.security.Groups;
import org.creditcommitment.security.ScopedKey;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The approver's requests on a case's decision period (行政许可法 第四十二条、第四十五条): only an approver of the case's
 * department ({@link DecisionPeriods}); the department head approves an extension in Tasklist.
 */
@RestController
class DecisionPeriodController {

  private final DecisionPeriods periods;

  DecisionPeriodController(DecisionPeriods periods) {
    this.periods = periods;
  }

  @PostMapping("/api/cases/{caseNo}/decision-period/extension")
  @AllowedGroups(Groups.APPROVER)
  ResponseEntity<Map<String, Object>> requestExtension(@ScopedKey @PathVariable String caseNo,
      @Valid @RequestBody DecisionPeriodRequests.Extension body, CurrentUser user) {
    return ResponseEntity.status(201).body(periods.requestExtension(caseNo, body, user));
  }

  @PostMapping("/api/cases/{caseNo}/decision-period/suspension")
  @AllowedGroups(Groups.APPROVER)
  ResponseEntity<Map<String, Object>> suspend(@ScopedKey @PathVariable String caseNo,
      @Valid @RequestBody DecisionPeriodRequests.Suspension body, CurrentUser user) {
    return ResponseEntity.status(201).body(periods.suspend(caseNo, body, user));
  }

  @PostMapping("/api/cases/{caseNo}/decision-period/resumption")
  @AllowedGroups(Groups.APPROVER)
  ResponseEntity<Map<String, Object>> resume(@ScopedKey @PathVariable String caseNo,
      @Valid @RequestBody DecisionPeriodRequests.Resumption body, CurrentUser user) {
    return ResponseEntity.ok(periods.resume(caseNo, body, user));
  }
}
