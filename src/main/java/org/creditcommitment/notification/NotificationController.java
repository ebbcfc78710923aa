package org.creditcommitment.notification;

import java.util.List;

import org.creditcommitment.security.AllowedGroups;
import org.creditcommitment.security.CaseScope;
import org.creditcommitment.security.CurrentUser;
import org.creditcommitment.security.Groups;
import org.creditcommitment.system.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The e-mails of a case, with their delivery state; the way to read them when no SMTP is configured. */
@RestController
@AllowedGroups({Groups.CREDIT_OFFICE, Groups.AUDITOR, Groups.CLERK, Groups.APPROVER, Groups.ADMIN})
class NotificationController {

  private final Notifications notifications;
  private final CaseScope scope;

  NotificationController(Notifications notifications, CaseScope scope) {
    this.notifications = notifications;
    this.scope = scope;
  }

  @GetMapping("/api/notifications")
  List<NotificationView> forCase(@RequestParam("case") String caseNo, CurrentUser user) {
    if (caseNo.isBlank() || caseNo.length() > Notifications.MAX_CASE_NO || caseNo.chars().anyMatch(Character::isISOControl)) {
      throw ApiException.badRequest("invalid-case", "办件编号为空、过长或含有非法字符",
          "The case number is blank, longer than " + Notifications.MAX_CASE_NO + " characters or has control characters");
    }
    scope.requireReadable(caseNo.strip(), user);
    return notifications.forCase(caseNo.strip());
  }
}
