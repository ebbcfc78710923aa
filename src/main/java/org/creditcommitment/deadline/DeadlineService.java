package org.creditcommitment.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.creditcommitment.calendar.Due;
import org.creditcommitment.calendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deadlines of waiting processes, durable in the {@code deadline} table, written in the caller's
 * transaction: a process step that rolls back leaves no deadline behind, and one that commits leaves its
 * deadline. A clustered Quartz job sweeps the table for what has fallen due ({@link DeadlineSweep}), so a
 * step never touches Quartz' tables or waits for its cluster lock.
 *
 * <p>When a deadline passes, the message {@code Deadline_<kind>} is correlated into its process instance
 * (see {@link DeadlineFiring}). One active deadline per process instance and kind: scheduling a kind
 * again replaces the earlier one.
 */
@Service
public class DeadlineService {

  public static final String MESSAGE_PREFIX = "Deadline_";
  private static final Pattern KIND = DeadlineKind.ID;
  private static final Logger log = LoggerFactory.getLogger(DeadlineService.class);

  private final DeadlineRepository repository;
  private final ApplicationEventPublisher events;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  DeadlineService(DeadlineRepository repository, ApplicationEventPublisher events, WorkingDayCalendar calendar,
      Clock clock) {
    this.repository = repository;
    this.events = events;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The BPMN message a deadline of this kind correlates, e.g. {@code Deadline_signing}. */
  public static String messageName(String kind) {
    return MESSAGE_PREFIX + kind;
  }

  /** As {@link #schedule(String, String, String, Instant, boolean, List)}, not provisional. */
  @Transactional
  public String schedule(String processInstanceId, String businessKey, String kind, Instant due, List<Instant> reminders) {
    return schedule(processInstanceId, businessKey, kind, due, false, reminders);
  }

  /**
   * Sets a deadline and its reminders; replaces an active deadline of the same kind of that process
   * instance. Reminders not strictly between now and {@code due} are dropped. Returns the deadline id.
   */
  @Transactional
  public String schedule(String processInstanceId, String businessKey, String kind, Instant due, boolean provisional,
      List<Instant> reminders) {
    if (processInstanceId == null || processInstanceId.isBlank()) {
      throw new IllegalArgumentException("A deadline needs a process instance id");
    }
    if (kind == null || !KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException("Invalid deadline kind '" + kind + "': letters and digits, starting with a letter");
    }
    if (due == null) {
      throw new IllegalArgumentException("A deadline needs a due instant");
    }
    cancel(processInstanceId, kind);
    Instant now = clock.instant();
    String id = UUID.randomUUID().toString();
    List<Instant> pending = (reminders == null ? List.<Instant>of() : reminders).stream()
        .filter(r -> r.isAfter(now) && r.isBefore(due)).distinct().sorted().toList();
    repository.insert(id, processInstanceId, businessKey, kind, due, provisional, pending, now);
    log.info("Deadline {} of process {} ({}) due {}{}, {} reminder(s), id {}", kind, processInstanceId, businessKey,
        due, provisional ? " (provisional)" : "", pending.size(), id);
    events.publishEvent(new DeadlineScheduled(processInstanceId, businessKey, kind, due, provisional));
    return id;
  }

  /** Cancels the active deadline of this kind, if any: it will never fire. Returns how many were cancelled. */
  @Transactional
  public int cancel(String processInstanceId, String kind) {
    int cancelled = 0;
    for (DeadlineView deadline : repository.active(processInstanceId, kind)) {
      if (repository.markCancelled(deadline.id(), clock.instant()) == 1) {
        log.info("Deadline {} of process {} cancelled, id {}", kind, processInstanceId, deadline.id());
        events.publishEvent(new DeadlineCancelled(processInstanceId, deadline.businessKey(), kind, deadline.due()));
        cancelled++;
      }
    }
    return cancelled;
  }

  /** The active deadline of this kind in the process instance (running or suspended), if any. */
  public Optional<DeadlineView> active(String processInstanceId, String kind) {
    return repository.active(processInstanceId, kind).stream().reduce((a, b) -> b);
  }

  /**
   * Stops the clock of the active deadline of this kind (行政许可法 第四十五条): it neither reminds nor fires until
   * {@link #resume}d. Empty when there is none, or its clock already stands.
   */
  @Transactional
  public Optional<DeadlineView> suspend(String processInstanceId, String kind) {
    Optional<DeadlineRepository.Movable> found = repository.lockNewestActive(processInstanceId, kind);
    if (found.isEmpty() || found.get().deadline().suspendedAt() != null) {
      return Optional.empty();
    }
    DeadlineView deadline = found.get().deadline();
    Instant now = clock.instant();
    repository.markSuspended(deadline.id(), now);
    log.info("Deadline {} of process {} suspended at {}, id {}", kind, processInstanceId, now, deadline.id());
    events.publishEvent(new DeadlineMoved(processInstanceId, deadline.businessKey(), kind, deadline.due(),
        deadline.due(), DeadlineMoved.SUSPENDED, 0));
    return repository.find(deadline.id());
  }

  /**
   * Restarts the clock of the suspended deadline of this kind: its last day, and its pending reminders, move by the
   * working days after the day it stopped up to and including today ({@link WorkingDayCalendar#workingDaysAfter}).
   * Empty when none is suspended.
   */
  @Transactional
  public Optional<DeadlineView> resume(String processInstanceId, String kind) {
    Optional<DeadlineRepository.Movable> found = repository.lockNewestActive(processInstanceId, kind);
    if (found.isEmpty() || found.get().deadline().suspendedAt() == null) {
      return Optional.empty();
    }
    LocalDate stopped = found.get().deadline().suspendedAt().atZone(WorkingDayCalendar.ZONE).toLocalDate();
    int stood = calendar.workingDaysAfter(stopped, LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE)));
    return Optional.of(move(found.get(), stood, false, DeadlineMoved.RESUMED));
  }

  /**
   * Moves the active deadline of this kind {@code workingDays} later (an approved extension, 行政许可法 第四十二条),
   * its pending reminders with it; a suspended one stays suspended. Empty when there is none.
   */
  @Transactional
  public Optional<DeadlineView> postpone(String processInstanceId, String kind, int workingDays) {
    return repository.lockNewestActive(processInstanceId, kind).map(found -> move(found, workingDays,
        found.deadline().suspendedAt() != null, DeadlineMoved.POSTPONED));
  }

  private DeadlineView move(DeadlineRepository.Movable found, int workingDays, boolean suspended, String change) {
    DeadlineView deadline = found.deadline();
    Due due = calendar.postpone(deadline.due(), workingDays);
    Instant now = clock.instant();
    List<Instant> reminders = new java.util.ArrayList<>(found.reminders());
    // the reminder already sent comes again before the new last day, as far before it as it was
    if (reminders.isEmpty() && found.remindedFor() != null && workingDays > 0) {
      reminders.add(found.remindedFor());
    }
    List<Instant> moved = reminders.stream().map(r -> workingDays == 0 ? r
        : calendar.dueAfterWorkingDays(r, workingDays).dueDate().atStartOfDay(WorkingDayCalendar.ZONE).toInstant())
        .filter(r -> r.isAfter(now) && r.isBefore(due.instant())).distinct().sorted().toList();
    repository.move(deadline.id(), due.instant(), moved, suspended);
    log.info("Deadline {} of process {} {} by {} working day(s): due {} (was {}), id {}", deadline.kind(),
        deadline.processInstanceId(), change, workingDays, due.instant(), deadline.due(), deadline.id());
    events.publishEvent(new DeadlineMoved(deadline.processInstanceId(), deadline.businessKey(), deadline.kind(),
        deadline.due(), due.instant(), change, workingDays));
    return repository.find(deadline.id()).orElseThrow();
  }

  /** Every deadline of a case (business key), oldest first, whatever its status. */
  public List<DeadlineView> list(String businessKey) {
    return repository.byBusinessKey(businessKey);
  }

  /**
   * The last day in time of the latest deadline of this kind in the process instance, whatever its status: the date
   * forms, letters and mails state, computed once when the deadline was set.
   */
  public Optional<LocalDate> dueDate(String processInstanceId, String kind) {
    List<DeadlineView> all = repository.byProcessInstance(processInstanceId);
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).kind().equals(kind)) {
        return Optional.of(all.get(i).dueDate());
      }
    }
    return Optional.empty();
  }

  /** Every deadline of a process instance, oldest first. */
  public List<DeadlineView> listForProcessInstance(String processInstanceId) {
    return repository.byProcessInstance(processInstanceId);
  }
}
