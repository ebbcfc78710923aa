package org.creditcommitment.deadline;

import java.util.List;

import org.creditcommitment.security.AllowedGroups;
import org.creditcommitment.security.CaseScope;
import org.creditcommitment.security.CurrentUser;
import org.creditcommitment.security.Groups;
import org.creditcommitment.system.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The deadlines of a case, for the case view (a provisional one must be visible there). */
@RestController
class DeadlineController {

  private final DeadlineService deadlines;
  private final CaseScope scope;

  DeadlineController(DeadlineService deadlines, CaseScope scope) {
    this.deadlines = deadlines;
    this.scope = scope;
  }

  @GetMapping("/api/deadlines")
  @AllowedGroups({Groups.CLERK, Groups.APPROVER, Groups.INSPECTOR, Groups.PROVIDER, Groups.CREDIT_OFFICE,
      Groups.AUDITOR, Groups.ADMIN})
  List<DeadlineView> list(@RequestParam String businessKey, CurrentUser user) {
    if (businessKey.isBlank() || businessKey.length() > 255) {
      throw ApiException.badRequest("invalid-parameter", "业务编号无效", "businessKey is empty or too long");
    }
    scope.requireReadable(businessKey, user);
    return deadlines.list(businessKey);
  }
}
