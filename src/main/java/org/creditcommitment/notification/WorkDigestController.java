package org.creditcommitment.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.creditcommitment.security.AllowedGroups;
import org.creditcommitment.security.CurrentUser;
import org.creditcommitment.security.Groups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An official's own choice of the daily mail of new and overdue tasks (待办工作日报): the groups that hold tasks
 * (auditors hold none and change nothing).
 */
@RestController
class WorkDigestController {

  record Choice(@NotNull Boolean subscribed) {}

  private final WorkDigests digests;

  WorkDigestController(WorkDigests digests) {
    this.digests = digests;
  }

  @GetMapping("/api/me/work-digest")
  @AllowedGroups({Groups.CLERK, Groups.APPROVER, Groups.LEADER, Groups.INSPECTOR, Groups.PROVIDER,
      Groups.CREDIT_OFFICE, Groups.ADMIN})
  Choice current(CurrentUser user) {
    return new Choice(digests.isSubscribed(user.id()));
  }

  @PutMapping("/api/me/work-digest")
  @AllowedGroups({Groups.CLERK, Groups.APPROVER, Groups.LEADER, Groups.INSPECTOR, Groups.PROVIDER,
      Groups.CREDIT_OFFICE, Groups.ADMIN})
  Choice choose(@Valid @RequestBody Choice choice, CurrentUser user) {
    digests.subscribe(user.id(), choice.subscribed());
    return new Choice(digests.isSubscribed(user.id()));
  }
}
