package org.creditcommitment.commitment;

import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.ServiceItem;
import org.creditcommitment.deadline.DeadlineKind;
import org.creditcommitment.deadline.DeadlineReminderDue;
import org.creditcommitment.notification.Notification;
import org.creditcommitment.notification.NotificationType;
import org.creditcommitment.notification.Notifications;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The applicant's reminder before the materials deadline, with the materials still missing (published by the deadline
 * service in its transaction, so the mail is queued in the same one). Officers' reminders follow the kinds'
 * declarations ({@link CaseDeadlineKinds}).
 */
@Component
class CaseReminders {

  private final Cases cases;
  private final Notifications notifications;
  private final Catalogue catalogue;
  private final ApplicantMobiles mobiles;

  CaseReminders(Cases cases, Notifications notifications, Catalogue catalogue, ApplicantMobiles mobiles) {
    this.mobiles = mobiles;
    this.cases = cases;
    this.notifications = notifications;
    this.catalogue = catalogue;
  }

  @EventListener
  void remind(DeadlineReminderDue reminder) {
    if (!CaseDeadlineKinds.MATERIALS.equals(reminder.kind())) {
      return;
    }
    CaseRecord c = cases.find(reminder.businessKey()).orElse(null);
    if (c == null) {
      return; // another process's deadline
    }
    notifications.queue(Notification.of(NotificationType.MATERIALS_REMINDER, c.caseNo()).to(c.applicantEmail())
        .toMobile(mobiles.of(c.caseNo()))
        .with("applicantName", c.applicantName())
        .with("itemName", catalogue.find(c.itemCode()).map(ServiceItem::name).orElse(c.itemCode()))
        .with("missingMaterials", String.join("、", c.missingMaterials()))
        .with("materialsDeadline", DeadlineKind.lastDayOf(reminder.due()))
        .dedupKey(c.caseNo() + ":reminder:" + reminder.kind() + ":" + reminder.due().toEpochMilli()).build());
  }
}
