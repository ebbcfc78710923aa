package org.creditcommitment.deadline;

import java.util.List;

import org.creditcommitment.security.AllowedGroups;
import org.creditcommitment.security.Groups;
import org.creditcommitment.security.ScopedKey;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The deadlines of a case, for the case view (a provisional one must be visible there). */
@RestController
class DeadlineController {

  private final DeadlineService deadlines;

  DeadlineController(DeadlineService deadlines) {
    this.deadlines = deadlines;
  }

  @GetMapping("/api/deadlines")
  @AllowedGroups({Groups.CLERK, Groups.APPROVER, Groups.LEADER, Groups.INSPECTOR, Groups.PROVIDER, Groups.CREDIT_OFFICE,
      Groups.AUDITOR, Groups.ADMIN})
  List<DeadlineView> list(@ScopedKey @RequestParam String businessKey) {
    // a blank, over-long or control-character key never gets here (KeyScopeInterceptor answers 400)
    return deadlines.list(businessKey);
  }
}
