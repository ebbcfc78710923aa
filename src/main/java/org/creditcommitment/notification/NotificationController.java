package org.creditcommitment.notification;

import java.util.List;

import org.creditcommitment.security.AllowedGroups;
import org.creditcommitment.security.Groups;
import org.creditcommitment.security.ScopedKey;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The e-mails of a case, with their delivery state; the way to read them when no SMTP is configured. */
@RestController
@AllowedGroups({Groups.CREDIT_OFFICE, Groups.AUDITOR, Groups.CLERK, Groups.APPROVER, Groups.ADMIN})
class NotificationController {

  private final Notifications notifications;

  NotificationController(Notifications notifications) {
    this.notifications = notifications;
  }

  @GetMapping("/api/notifications")
  List<NotificationView> forCase(@ScopedKey @RequestParam("case") String caseNo) {
    // a blank, over-long or control-character key never gets here (KeyScopeInterceptor answers 400)
    return notifications.forCase(caseNo.strip());
  }
}
