package org.creditcommitment.correction;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.CreditProfile;
import org.creditcommitment.credit.DishonestyRecord;
import org.creditcommitment.deadline.DeadlineService;
import org.creditcommitment.notification.Notification;
import org.creditcommitment.notification.NotificationType;
import org.creditcommitment.notification.Notifications;
import org.creditcommitment.security.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The correction process's service steps. The mails are queued in the step's transaction, deduplicated per correction
 * and step; the subject's address is asked from the platform when it is told, never kept here.
 */
@Configuration
class CorrectionDelegates {

  private final Corrections corrections;
  private final CreditPlatform platform;
  private final Notifications notifications;
  private final DeadlineService deadlines;

  CorrectionDelegates(Corrections corrections, CreditPlatform platform, Notifications notifications,
      DeadlineService deadlines) {
    this.corrections = corrections;
    this.platform = platform;
    this.notifications = notifications;
    this.deadlines = deadlines;
  }

  /** 更正记录并推送信用平台. */
  @Bean
  JavaDelegate applyCorrectionDelegate(CorrectionOutcomes outcomes) {
    return execution -> outcomes.apply(execution.getProcessBusinessKey());
  }

  /** 告知信用主体和信息提供单位: the record as it is now, under the code it belongs to. */
  @Bean
  JavaDelegate notifyCorrectedDelegate() {
    return execution -> {
      Correction c = corrections.require(execution.getProcessBusinessKey());
      String code = c.correctedSubjectCode() != null ? c.correctedSubjectCode() : c.subjectCode();
      CreditProfile profile = platform.query(code);
      String summary = platform.dishonestyRecord(code, c.recordId()).map(DishonestyRecord::summary)
          .orElse("失信记录 #" + c.recordId());
      notifications.queue(Notification.of(NotificationType.RECORD_CORRECTED, c.correctionNo()).to(profile.email())
          .with("subjectName", profile.name()).with("recordSummary", summary).with("correction", c.changes())
          .with("explanation", c.explanation()).dedupKey(c.correctionNo() + ":" + NotificationType.RECORD_CORRECTED)
          .build());
      toUnit(c, summary);
    };
  }

  /** 告知信息提供单位未予确认: the record is unchanged; the unit learns why. */
  @Bean
  JavaDelegate notifyCorrectionRefusedDelegate() {
    return execution -> {
      Correction c = corrections.require(execution.getProcessBusinessKey());
      String summary = platform.dishonestyRecord(c.subjectCode(), c.recordId()).map(DishonestyRecord::summary)
          .orElse("失信记录 #" + c.recordId());
      toUnit(c, summary);
    };
  }

  /** 督办超期更正: the credit office let the 2 working days pass; it is told again, with the unit. */
  @Bean
  JavaDelegate escalateOverdueCorrectionDelegate() {
    return execution -> {
      String no = execution.getProcessBusinessKey();
      Object due = deadlines.dueDate(execution.getProcessInstanceId(), CorrectionConfig.CONFIRMATION_DEADLINE)
          .orElse(null);
      notifications.queue(Notification.of(NotificationType.ESCALATION, no).toGroup(Groups.CREDIT_OFFICE)
          .with("taskName", "确认信息提供单位的更正").with("responsibleGroup", Groups.ROLES.get(Groups.CREDIT_OFFICE))
          .with("deadline", due == null ? "已届满" : due.toString())
          .dedupKey(no + ":escalation:" + CorrectionConfig.CONFIRMATION_DEADLINE).build());
    };
  }

  private void toUnit(Correction c, String summary) {
    Correction now = corrections.require(c.correctionNo());
    notifications.queue(Notification.of(NotificationType.CORRECTION_ANSWERED, c.correctionNo())
        .toGroup(c.providerGroup()).with("recordSummary", summary).with("outcome", now.status().label())
        .with("reason", now.answerReason() == null ? "无" : now.answerReason())
        .dedupKey(c.correctionNo() + ":" + NotificationType.CORRECTION_ANSWERED).build());
  }
}
