package org.creditcommitment.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.creditcommitment.deadline.DeadlineCancelled;
import org.creditcommitment.deadline.DeadlineFired;
import org.creditcommitment.deadline.DeadlineMoved;
import org.creditcommitment.deadline.DeadlineReminderDue;
import org.creditcommitment.deadline.DeadlineScheduled;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes every deadline event into the audit chain. A plain (synchronous) listener: the deadline service
 * publishes inside the transaction of the step, so the audit event commits or rolls back with it.
 */
@Component
class DeadlineAuditListener {

  private final AuditLog auditLog;

  DeadlineAuditListener(AuditLog auditLog) {
    this.auditLog = auditLog;
  }

  @EventListener
  void scheduled(DeadlineScheduled event) {
    Map<String, Object> details = details(event.processInstanceId(), event.kind(), event.due());
    details.put("provisional", event.provisional());
    auditLog.record(event.businessKey(), "deadline.scheduled", auditLog.currentActor(), details);
  }

  @EventListener
  void reminded(DeadlineReminderDue event) {
    auditLog.record(event.businessKey(), "deadline.reminded", auditLog.currentActor(),
        details(event.processInstanceId(), event.kind(), event.due()));
  }

  @EventListener
  void fired(DeadlineFired event) {
    Map<String, Object> details = details(event.processInstanceId(), event.kind(), event.due());
    details.put("correlated", event.correlated());
    if (event.escalatedTo() != null) {
      details.put("escalatedTo", event.escalatedTo());
    }
    auditLog.record(event.businessKey(), "deadline.fired", auditLog.currentActor(), details);
  }

  @EventListener
  void cancelled(DeadlineCancelled event) {
    auditLog.record(event.businessKey(), "deadline.cancelled", auditLog.currentActor(),
        details(event.processInstanceId(), event.kind(), event.due()));
  }

  /** A deadline's clock stopped ({@code deadline.suspended}) or the deadline moved ({@code deadline.moved}). */
  @EventListener
  void moved(DeadlineMoved event) {
    Map<String, Object> details = details(event.processInstanceId(), event.kind(), event.due());
    if (DeadlineMoved.SUSPENDED.equals(event.change())) {
      auditLog.record(event.businessKey(), "deadline.suspended", auditLog.currentActor(), details);
      return;
    }
    details.put("previousDue", event.previousDue() == null ? null : event.previousDue().toString());
    details.put("change", event.change());
    details.put("workingDays", event.workingDays());
    auditLog.record(event.businessKey(), "deadline.moved", auditLog.currentActor(), details);
  }

  private static Map<String, Object> details(String processInstanceId, String kind, java.time.Instant due) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("processInstanceId", processInstanceId);
    details.put("kind", kind);
    details.put("due", due == null ? null : due.toString());
    return details;
  }
}
