package org.creditcommitment.deadline;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.creditcommitment.deadline.DeadlineRepository.Active;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What happens when a deadline or a reminder is due. The row (locked) and the process step change in
 * one transaction, and only the caller whose guarded update changed the row goes on: a deadline handled
 * twice (two sweeps, two nodes, a retry) has one effect.
 */
@Component
class DeadlineFiring {

  /** What became of one due row. */
  enum Handled {
    /** fired or reminded (or failed for good, recorded on the row) */
    DONE,
    /** nothing was due any more: another sweep or the process got there first */
    NOTHING,
    /** the process changed at the same moment; the row stays due and the next sweep tries again */
    RETRY
  }

  private static final Logger log = LoggerFactory.getLogger(DeadlineFiring.class);

  private final DeadlineRepository repository;
  private final RuntimeService runtimeService;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final DeadlineKinds kinds;

  DeadlineFiring(DeadlineRepository repository, RuntimeService runtimeService, ApplicationEventPublisher events,
      PlatformTransactionManager transactionManager, Clock clock, DeadlineKinds kinds) {
    this.kinds = kinds;
    this.repository = repository;
    this.runtimeService = runtimeService;
    this.events = events;
    this.transaction = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  /** The sweep's work on one row it found due at {@code now}: the deadline fires, or its latest passed reminder is sent. */
  Handled handleDue(String deadlineId, Instant now) {
    try {
      return transaction.execute(status -> {
        Active active = repository.lockActive(deadlineId).filter(a -> a.nextAt() != null && !a.nextAt().isAfter(now))
            .orElse(null);
        if (active == null) {
          return Handled.NOTHING;
        }
        if (duePassed(active, now)) {
          fireInTransaction(active.deadline());
        } else {
          remindInTransaction(active, latestPassedReminder(active, now), true);
        }
        return Handled.DONE;
      });
    } catch (RuntimeException e) {
      if (retryable(e)) {
        log.info("Deadline {} met a concurrent change of its process or a database hiccup ({}); the next sweep"
            + " tries again", deadlineId, e.getMessage());
        return Handled.RETRY;
      }
      // The process failed on the message (e.g. a delegate threw). Not retried: a retry loop on a broken
      // process helps nobody; the row says FAILED (a reminder is skipped) and the log has the cause.
      log.error("Deadline {} could not be delivered to its process", deadlineId, e);
      transaction.executeWithoutResult(status -> repository.lockActive(deadlineId).ifPresent(active -> {
        if (duePassed(active, now)) {
          failed(deadlineId);
        } else {
          remindInTransaction(active, latestPassedReminder(active, now), false);
        }
      }));
      return Handled.DONE;
    }
  }

  /**
   * A failure worth another try rather than a FAILED deadline: the process changed at the same moment, or the
   * database was briefly unreachable, deadlocked or restarting (SQLSTATE classes 08, 40, 57P).
   */
  static boolean retryable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OptimisticLockingException || t instanceof TransientDataAccessException
          || t instanceof RecoverableDataAccessException || t instanceof DataAccessResourceFailureException
          || t instanceof TransactionException || t instanceof SQLTransientException
          || t instanceof SQLRecoverableException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("40")
              || sql.getSQLState().startsWith("57P"))) {
        return true;
      }
    }
    return false;
  }

  /** Fires the deadline now, whatever its due instant (tests of other features; an operator's "fire now"). */
  void fire(String deadlineId) {
    try {
      transaction.executeWithoutResult(status -> {
        DeadlineView deadline = repository.find(deadlineId).orElse(null);
        if (deadline == null) {
          log.warn("Deadline {} is unknown; nothing to do", deadlineId);
          return;
        }
        fireInTransaction(deadline);
      });
    } catch (RuntimeException e) {
      log.error("Deadline {} could not be delivered to its process", deadlineId, e);
      transaction.executeWithoutResult(status -> failed(deadlineId));
    }
  }

  /** Sends the reminder for {@code remindFor} now, once, only while the deadline is still active. */
  void remind(String deadlineId, Instant remindFor) {
    transaction.executeWithoutResult(status -> repository.lockActive(deadlineId)
        .ifPresent(active -> remindInTransaction(active, remindFor, true)));
  }

  private void failed(String deadlineId) {
    if (repository.markFired(deadlineId, clock.instant()) == 1) {
      repository.setOutcome(deadlineId, DeadlineOutcome.FAILED);
    }
  }

  private void fireInTransaction(DeadlineView deadline) {
    if (repository.markFired(deadline.id(), clock.instant()) != 1) {
      log.info("Deadline {} of process {} fired again while {}; no second effect", deadline.kind(),
          deadline.processInstanceId(), deadline.status());
      return;
    }
    String message = DeadlineService.messageName(deadline.kind());
    boolean correlated = !runtimeService.createMessageCorrelation(message)
        .processInstanceId(deadline.processInstanceId()).correlateAllWithResult().isEmpty();
    repository.setOutcome(deadline.id(), correlated ? DeadlineOutcome.CORRELATED : DeadlineOutcome.NOT_WAITING);
    if (correlated) {
      log.info("Deadline {} of process {} ({}) passed; {} correlated", deadline.kind(), deadline.processInstanceId(),
          deadline.businessKey(), message);
    } else {
      log.info("Deadline {} of process {} ({}) passed, but the process no longer waits for {}; nothing to do"
          + " in the process", deadline.kind(), deadline.processInstanceId(), deadline.businessKey(), message);
    }
    String escalatedTo = correlated ? null : kinds.find(deadline.kind())
        .flatMap(kind -> kind.overdue().groupFor(deadline.businessKey())).orElse(null);
    events.publishEvent(new DeadlineFired(deadline.processInstanceId(), deadline.businessKey(), deadline.kind(),
        deadline.due(), correlated, escalatedTo));
  }

  /**
   * Records the reminder for {@code remindFor} and moves the row on to its next reminder or its due
   * instant. Reminders that passed together (the system was down) make one reminder, not several.
   */
  private void remindInTransaction(Active active, Instant remindFor, boolean publish) {
    DeadlineView deadline = active.deadline();
    List<Instant> pending = active.reminders().stream().filter(r -> r.isAfter(remindFor)).toList();
    Instant next = pending.isEmpty() ? deadline.due() : pending.get(0);
    if (repository.markReminded(deadline.id(), remindFor, clock.instant(), pending, next) != 1) {
      log.debug("Reminder {} of deadline {} is stale or repeated; skipped", remindFor, deadline.id());
      return;
    }
    if (!publish) {
      return;
    }
    log.info("Reminder: deadline {} of process {} ({}) is due {}", deadline.kind(), deadline.processInstanceId(),
        deadline.businessKey(), deadline.due());
    events.publishEvent(new DeadlineReminderDue(deadline.processInstanceId(), deadline.businessKey(),
        deadline.kind(), deadline.due()));
  }

  private static boolean duePassed(Active active, Instant now) {
    return !active.deadline().due().isAfter(now);
  }

  /** The latest reminder instant that has passed; the row's next instant if its reminders say nothing (old rows). */
  private static Instant latestPassedReminder(Active active, Instant now) {
    return active.reminders().stream().filter(r -> !r.isAfter(now)).reduce((a, b) -> b).orElse(active.nextAt());
  }
}
