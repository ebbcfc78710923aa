package org.creditcommitment.commitment;

import java.time.LocalDate;

import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.DepartmentGroups;
import org.creditcommitment.catalogue.ServiceItem;
import org.creditcommitment.deadline.DeadlineReminderDue;
import org.creditcommitment.notification.Notification;
import org.creditcommitment.notification.NotificationType;
import org.creditcommitment.notification.Notifications;
import org.creditcommitment.security.Groups;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reminders before a case's deadlines (published by the deadline service in its transaction, so the
 * mail is queued in the same one): the applicant for missing materials, the responsible officers for
 * their own work, and the clerks while a letter waits for signing.
 */
@Component
class CaseReminders {

  private final Cases cases;
  private final Notifications notifications;
  private final Catalogue catalogue;

  CaseReminders(Cases cases, Notifications notifications, Catalogue catalogue) {
    this.cases = cases;
    this.notifications = notifications;
    this.catalogue = catalogue;
  }

  @EventListener
  void remind(DeadlineReminderDue reminder) {
    CaseRecord c = cases.find(reminder.businessKey()).orElse(null);
    if (c == null) {
      return; // another process's deadline
    }
    LocalDate due = LocalDate.ofInstant(reminder.due(), WorkingDayCalendar.ZONE).minusDays(1);
    String key = c.caseNo() + ":reminder:" + reminder.kind() + ":" + reminder.due().toEpochMilli();
    Notification.Builder mail = switch (reminder.kind()) {
      case "materials" -> Notification.of(NotificationType.MATERIALS_REMINDER, c.caseNo()).to(c.applicantEmail())
          .with("applicantName", c.applicantName())
          .with("itemName", catalogue.find(c.itemCode()).map(ServiceItem::name).orElse(c.itemCode()))
          .with("missingMaterials", String.join("、", c.missingMaterials())).with("materialsDeadline", due);
      case "decision" -> officers(c, DepartmentGroups.approvers(c.department()), "作出行政决定", due);
      case "inspection" -> officers(c, DepartmentGroups.inspectors(c.department()), "履约践诺核查", due);
      case "rectification" -> officers(c, DepartmentGroups.inspectors(c.department()), "跟进限期整改", due);
      case "signing" -> officers(c, Groups.CLERK, "督促申请人签署信用承诺书", due);
      default -> null;
    };
    if (mail != null) {
      notifications.queue(mail.dedupKey(key).build());
    }
  }

  private static Notification.Builder officers(CaseRecord c, String group, String taskName, LocalDate due) {
    return Notification.of(NotificationType.DEADLINE_REMINDER, c.caseNo()).toGroup(group)
        .with("taskName", taskName).with("deadline", due);
  }
}
