package org.creditcommitment.commitment;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.ServiceItem;
import org.creditcommitment.notification.Notification;
import org.creditcommitment.notification.NotificationType;
import org.creditcommitment.notification.Notifications;
import org.springframework.stereotype.Component;

/**
 * Queues the applicant's and officers' e-mails of a case in the step's own transaction (outbox), with
 * the case's usual variables filled in. Deduplicated per case, type and step, so a retried step queues once.
 */
@Component
class CaseMail {

  private final Notifications notifications;
  private final WorkingDayCalendar calendar;
  private final Clock clock;
  private final Cases cases;
  private final Catalogue catalogue;
  private final ApplicantMobiles mobiles;

  CaseMail(Notifications notifications, WorkingDayCalendar calendar, Clock clock, Cases cases, Catalogue catalogue,
      ApplicantMobiles mobiles) {
    this.mobiles = mobiles;
    this.cases = cases;
    this.catalogue = catalogue;
    this.notifications = notifications;
    this.calendar = calendar;
    this.clock = clock;
  }

  /**
   * A mail to the applicant with applicantName and itemName already set; for the types with a short text (the
   * applicant's deadlines) also a short message when the applicant gave a mobile number.
   */
  Notification.Builder toApplicant(VariableScope scope, NotificationType type, String step) {
    String caseNo = (String) scope.getVariable("caseNo");
    return Notification.of(type, caseNo)
        .to(cases.require(caseNo).applicantEmail())
        .toMobile(mobiles.of(caseNo))
        .with("applicantName", scope.getVariable("applicantName"))
        .with("itemName", scope.getVariable("itemName"))
        .dedupKey(caseNo + ":" + type + ":" + step);
  }

  /**
   * The same from the case record, for a step outside the case's process (an official's request through the API, the
   * department head's task in its own process).
   */
  Notification.Builder toApplicant(String caseNo, NotificationType type, String step) {
    CaseRecord c = cases.require(caseNo);
    return Notification.of(type, caseNo)
        .to(c.applicantEmail())
        .toMobile(mobiles.of(caseNo))
        .with("applicantName", c.applicantName())
        .with("itemName", catalogue.find(c.itemCode()).map(ServiceItem::name).orElse(c.itemCode()))
        .dedupKey(caseNo + ":" + type + ":" + step);
  }

  void queue(Notification.Builder mail) {
    notifications.queue(mail.build());
  }

  /**
   * 受理通知书 (行政许可法 第三十二条: 受理 or 不予受理 is decided in writing, 出具书面凭证) reaches the applicant by mail with
   * its verification link, as the other notices do.
   */
  void acceptanceNotice(String caseNo, LocalDate accepted, LocalDate decisionDue, String documentLink) {
    queue(toApplicant(caseNo, NotificationType.ACCEPTANCE_NOTICE, "acceptance").with("acceptedDate", accepted)
        .with("decisionDeadline", decisionDue).with("documentLink", documentLink));
  }

  /** The last day of a deadline of this spec starting now; the mail renders it as 2026年11月23日. */
  LocalDate dueDateFromNow(String spec) {
    return calendar.due(clock.instant(), spec).dueDate();
  }

  /** The last day of a period counted from an earlier instant (an acceptance that counts from receipt). */
  LocalDate dueDateFrom(java.time.Instant from, String spec) {
    return calendar.due(from, spec).dueDate();
  }

}
