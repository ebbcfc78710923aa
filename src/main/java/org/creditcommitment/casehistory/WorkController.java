package org.creditcommitment.casehistory;

import org.creditcommitment.security.AllowedGroups;
import org.creditcommitment.security.CurrentUser;
import org.creditcommitment.security.Groups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read API of the officials' page 我的办件 (static/work/): the cases I acted on and my departments' running cases,
 * each as far as the caller reads it (docs/security.md "Who reads what").
 */
@RestController
@AllowedGroups({Groups.CLERK, Groups.APPROVER, Groups.LEADER, Groups.INSPECTOR, Groups.CREDIT_OFFICE, Groups.AUDITOR,
    Groups.ADMIN})
class WorkController {

  private final WorkLists lists;

  WorkController(WorkLists lists) {
    this.lists = lists;
  }

  @GetMapping("/api/work/done")
  WorkLists.Page done(CurrentUser caller, @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return lists.done(caller, q, page, size);
  }

  @GetMapping("/api/work/department")
  WorkLists.Page department(CurrentUser caller, @RequestParam(required = false) String department,
      @RequestParam(required = false) String stage, @RequestParam(required = false) Boolean overdue,
      @RequestParam(required = false) Integer dueWithin, @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return lists.department(caller, department, stage, overdue, dueWithin, q, page, size);
  }
}
