package org.creditcommitment.voluntary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.credit.ApplicantNames;
import org.creditcommitment.credit.NameCheck;
import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.CreditPlatformException;
import org.creditcommitment.credit.CreditProfile;
import org.creditcommitment.credit.UnknownSubjectException;
import org.creditcommitment.credit.VoluntaryCommitmentPush;
import org.creditcommitment.deadline.DeadlineService;
import org.creditcommitment.notification.Notification;
import org.creditcommitment.notification.NotificationType;
import org.creditcommitment.notification.Notifications;
import org.creditcommitment.security.Groups;
import org.creditcommitment.system.ClockConfig;
import org.springframework.stereotype.Component;

/**
 * What the steps of voluntary-commitment.bpmn do, each in its step's transaction; the delegates are thin and call one
 * method here. The facts go to the row; the process routes on {@code reviewDecision} only.
 */
@Component
class VoluntarySteps {

  static final String REVIEW_KIND = VoluntaryDeadlineKinds.REVIEW;
  static final String VALIDITY_KIND = "validity";
  /** Transient start variable: the subject's name was filed unverified and is checked before the review. */
  static final String NAME_UNVERIFIED = "subjectNameUnverified";
  /** Transient: the check found another registered name; the commitment is returned. */
  static final String NAME_MISMATCH = "subjectNameMismatch";

  private final VoluntaryRows rows;
  private final CreditPlatform platform;
  private final Notifications notifications;
  private final DeadlineService deadlines;
  private final WorkingDayCalendar calendar;
  private final Catalogue catalogue;
  private final AuditLog audit;
  private final Clock clock;
  private final ApplicantNames names;

  VoluntarySteps(VoluntaryRows rows, CreditPlatform platform, Notifications notifications, DeadlineService deadlines,
      WorkingDayCalendar calendar, Catalogue catalogue, AuditLog audit, Clock clock, ApplicantNames names) {
    this.names = names;
    this.rows = rows;
    this.platform = platform;
    this.notifications = notifications;
    this.deadlines = deadlines;
    this.calendar = calendar;
    this.catalogue = catalogue;
    this.audit = audit;
    this.clock = clock;
  }

  /** The review period the row was filed with (the template's, e.g. 5WD). */
  String reviewPeriod(String no) {
    return rows.require(no).reviewPeriod();
  }

  /**
   * The validity deadline as a spec that ends at 24:00 of the row's valid_until (P&lt;n&gt;D from today), so the
   * deadline and the published date agree even when the push was retried for a while.
   */
  String validityLeft(String no) {
    LocalDate until = rows.require(no).validUntil();
    long days = ChronoUnit.DAYS.between(LocalDate.now(clock.withZone(ClockConfig.ZONE)), until);
    return days < 1 ? "PT1S" : "P" + days + "D";
  }

  /**
   * 核验主体名称: a name filed while the credit platform was away, held against the registered one. The name stays as
   * filed (the text signed carries it; a match differs at most in the spelling of parentheses).
   *
   * @return true when the platform registers another name: the commitment is returned with that reason
   * @throws CreditPlatformException the platform still cannot be asked: the job is retried, then waits as an incident
   */
  boolean verifyName(String no) {
    VoluntaryRecord r = rows.require(no);
    if (r.nameCheck() != NameCheck.UNVERIFIED) {
      return r.nameCheck() == NameCheck.MISMATCH;
    }
    CreditProfile profile;
    try {
      profile = platform.query(r.subjectCode());
    } catch (UnknownSubjectException unknown) {
      profile = null;
    }
    ApplicantNames.Checked checked = names.verify(r.subjectCode(), r.subjectName(), profile);
    rows.recordNameCheck(no, checked.check(), checked.refused() ? checked.refusalZh() + "，承诺不予公示。" : null);
    audit.record(no, "voluntary.name-checked", AuditLog.SYSTEM_ACTOR, Map.of("nameCheck", checked.check().name()));
    return checked.refused();
  }

  /** 形式审查 completed: who reviewed it and, when returned, why. */
  void recordReview(String no, String decision, String returnReason, String user) {
    rows.recordReview(no, user, "RETURN".equals(decision) ? returnReason : null);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("decision", decision);
    if (returnReason != null && "RETURN".equals(decision)) {
      details.put("returnReason", returnReason);
    }
    audit.record(no, "voluntary.reviewed", user, details);
  }

  /** Returned: status RETURNED and the subject is told why. */
  void returnCommitment(String no) {
    VoluntaryRecord r = rows.require(no);
    rows.returned(no);
    notifications.queue(Notification.of(NotificationType.VOLUNTARY_RETURNED, no).to(r.email())
        .with("subjectName", r.subjectName()).with("templateName", r.templateName())
        .with("reason", r.returnReason() == null ? "" : r.returnReason())
        .dedupKey(no + ":" + NotificationType.VOLUNTARY_RETURNED).build());
  }

  /** Published from now for the template's validity. */
  void publish(String no) {
    VoluntaryRecord r = rows.require(no);
    OffsetDateTime now = rows.now();
    LocalDate validUntil = calendar.due(clock.instant(), r.validity()).dueDate();
    rows.publish(no, now, validUntil);
    audit.record(no, "voluntary.published", AuditLog.SYSTEM_ACTOR, Map.of("validUntil", validUntil.toString()));
  }

  /** 归集推送: the published commitment to the credit platform, once (idempotency key = number + ":published"). */
  void pushPublished(String no) {
    VoluntaryRecord r = rows.require(no);
    platform.push(push(r).published(r.publishedAt(), r.validUntil(), r.textSha256(), r.signer(), r.signedAt()));
    rows.pushed(no);
  }

  /** A withdrawn or revoked commitment no longer stands: the platform is told once (key number + ":" + status). */
  void pushEnd(String no) {
    VoluntaryRecord r = rows.require(no);
    platform.push(push(r).ended(r.endedAt(), r.endReason()));
  }

  /** Its validity ran out: status EXPIRED. */
  void expire(String no) {
    if (rows.end(no, VoluntaryStatus.EXPIRED, AuditLog.SYSTEM_ACTOR, null)) {
      audit.record(no, "voluntary.expired", AuditLog.SYSTEM_ACTOR, Map.of());
    }
  }

  /** 形式审查 overdue: the credit office is told; the approvers' task stays open. */
  void escalateReview(String no, String processInstanceId) {
    VoluntaryRecord r = rows.require(no);
    Object due = deadlines.dueDate(processInstanceId, REVIEW_KIND).orElse(null);
    notifications.queue(Notification.of(NotificationType.ESCALATION, no).toGroup(Groups.CREDIT_OFFICE)
        .with("taskName", "主动承诺形式审查")
        .with("responsibleGroup", catalogue.departmentName(r.department()) + Groups.ROLES.get(Groups.APPROVER))
        .with("deadline", due == null ? "已届满" : due.toString())
        .dedupKey(no + ":escalation:" + REVIEW_KIND).build());
  }

  private VoluntaryCommitmentPush push(VoluntaryRecord r) {
    return new VoluntaryCommitmentPush(r.voluntaryNo(), r.subjectCode(), r.subjectName(), r.templateCode(),
        r.templateName(), r.category().label(), catalogue.departmentName(r.department()), r.memberCodes(),
        r.status().name());
  }
}
