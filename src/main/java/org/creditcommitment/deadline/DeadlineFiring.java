package org.creditcommitment.deadline;

import java.time.Clock;
import java.time.Instant;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What happens when a deadline or a reminder is due. The status update of the row and the process
 * step run in one transaction, and only the caller whose update changed the row goes on: a trigger
 * that fires twice (retry, recovery, two nodes) has one effect.
 */
@Component
class DeadlineFiring {

  private static final Logger log = LoggerFactory.getLogger(DeadlineFiring.class);

  private final DeadlineRepository repository;
  private final RuntimeService runtimeService;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final Clock clock;

  DeadlineFiring(DeadlineRepository repository, RuntimeService runtimeService, ApplicationEventPublisher events,
      PlatformTransactionManager transactionManager, Clock clock) {
    this.repository = repository;
    this.runtimeService = runtimeService;
    this.events = events;
    this.transaction = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  /** Fires the deadline: correlates {@code Deadline_<kind>} into its process if the process still waits for it. */
  void fire(String deadlineId) {
    try {
      transaction.executeWithoutResult(status -> fireInTransaction(deadlineId));
    } catch (RuntimeException e) {
      // The process failed on the message (e.g. a delegate threw). Not retried by Quartz: a retry loop on a
      // broken process helps nobody; the row says FAILED and the log has the cause.
      log.error("Deadline {} could not be delivered to its process", deadlineId, e);
      transaction.executeWithoutResult(status -> {
        if (repository.markFired(deadlineId, clock.instant()) == 1) {
          repository.setOutcome(deadlineId, DeadlineOutcome.FAILED);
        }
      });
    }
  }

  private void fireInTransaction(String deadlineId) {
    DeadlineView deadline = repository.find(deadlineId).orElse(null);
    if (deadline == null) {
      log.warn("Deadline {} fired but is unknown (its step was rolled back?); nothing to do", deadlineId);
      return;
    }
    if (repository.markFired(deadlineId, clock.instant()) != 1) {
      log.info("Deadline {} of process {} fired again while {}; no second effect", deadline.kind(),
          deadline.processInstanceId(), deadline.status());
      return;
    }
    String message = DeadlineService.messageName(deadline.kind());
    long waiting = runtimeService.createEventSubscriptionQuery().processInstanceId(deadline.processInstanceId())
        .eventType("message").eventName(message).count();
    if (waiting == 0) {
      log.info("Deadline {} of process {} ({}) passed, but the process no longer waits for {}; nothing to do",
          deadline.kind(), deadline.processInstanceId(), deadline.businessKey(), message);
      repository.setOutcome(deadlineId, DeadlineOutcome.NOT_WAITING);
      events.publishEvent(fired(deadline, false));
      return;
    }
    runtimeService.createMessageCorrelation(message).processInstanceId(deadline.processInstanceId())
        .correlateAllWithResult();
    repository.setOutcome(deadlineId, DeadlineOutcome.CORRELATED);
    log.info("Deadline {} of process {} ({}) passed; {} correlated", deadline.kind(), deadline.processInstanceId(),
        deadline.businessKey(), message);
    events.publishEvent(fired(deadline, true));
  }

  /** Publishes {@link DeadlineReminderDue} once per reminder time, only while the deadline is still active. */
  void remind(String deadlineId, Instant remindFor) {
    transaction.executeWithoutResult(status -> {
      DeadlineView deadline = repository.find(deadlineId).orElse(null);
      if (deadline == null || repository.markReminded(deadlineId, remindFor, clock.instant()) != 1) {
        log.debug("Reminder {} of deadline {} is stale or repeated; skipped", remindFor, deadlineId);
        return;
      }
      log.info("Reminder: deadline {} of process {} ({}) is due {}", deadline.kind(), deadline.processInstanceId(),
          deadline.businessKey(), deadline.due());
      events.publishEvent(new DeadlineReminderDue(deadline.processInstanceId(), deadline.businessKey(),
          deadline.kind(), deadline.due()));
    });
  }

  private static DeadlineFired fired(DeadlineView deadline, boolean correlated) {
    return new DeadlineFired(deadline.processInstanceId(), deadline.businessKey(), deadline.kind(), deadline.due(),
        correlated);
  }
}
