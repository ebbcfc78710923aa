package org.creditcommitment.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deadlines of waiting processes, durable in Quartz' JDBC job store (clustered on PostgreSQL) and in
 * the {@code deadline} table. Both are written in the caller's transaction (Quartz' Spring job store
 * joins it), so a process step that rolls back leaves no deadline behind.
 *
 * <p>When a deadline passes, the message {@code Deadline_<kind>} is correlated into its process instance
 * (see {@link DeadlineFiring}). One active deadline per process instance and kind: scheduling a kind
 * again replaces the earlier one.
 */
@Service
public class DeadlineService {

  public static final String MESSAGE_PREFIX = "Deadline_";
  static final String JOB_GROUP = "deadline";
  private static final Pattern KIND = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,39}");
  private static final Logger log = LoggerFactory.getLogger(DeadlineService.class);

  private final DeadlineRepository repository;
  private final Scheduler scheduler;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  DeadlineService(DeadlineRepository repository, Scheduler scheduler, ApplicationEventPublisher events, Clock clock) {
    this.repository = repository;
    this.scheduler = scheduler;
    this.events = events;
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
    repository.insert(id, processInstanceId, businessKey, kind, due, provisional, now);

    JobDetail job = JobBuilder.newJob(DeadlineJob.class).withIdentity(id, JOB_GROUP)
        .usingJobData(DeadlineJob.DEADLINE_ID, id)
        .requestRecovery(true) // a node that dies mid-fire: another node runs it again; the row guard keeps one effect
        .build();
    Set<Trigger> triggers = new LinkedHashSet<>();
    triggers.add(trigger(id + ".due", job, due).usingJobData(DeadlineJob.ACTION, DeadlineJob.FIRE).build());
    int n = 0;
    for (Instant reminder : reminders == null ? List.<Instant>of() : reminders) {
      if (reminder.isAfter(now) && reminder.isBefore(due)) {
        triggers.add(trigger(id + ".reminder." + n++, job, reminder)
            .usingJobData(DeadlineJob.ACTION, DeadlineJob.REMIND)
            .usingJobData(DeadlineJob.REMIND_FOR, Long.toString(reminder.toEpochMilli()))
            .build());
      }
    }
    try {
      scheduler.scheduleJob(job, triggers, false);
    } catch (SchedulerException e) {
      throw new IllegalStateException("Cannot schedule deadline " + kind + " of " + processInstanceId, e);
    }
    log.info("Deadline {} of process {} ({}) due {}{}, {} reminder(s), id {}", kind, processInstanceId, businessKey,
        due, provisional ? " (provisional)" : "", triggers.size() - 1, id);
    events.publishEvent(new DeadlineScheduled(processInstanceId, businessKey, kind, due, provisional));
    return id;
  }

  /** Cancels the active deadline of this kind, if any: it will never fire. Returns how many were cancelled. */
  @Transactional
  public int cancel(String processInstanceId, String kind) {
    int cancelled = 0;
    for (DeadlineView deadline : repository.active(processInstanceId, kind)) {
      if (repository.markCancelled(deadline.id(), clock.instant()) == 1) {
        try {
          scheduler.deleteJob(new JobKey(deadline.id(), JOB_GROUP));
        } catch (SchedulerException e) {
          throw new IllegalStateException("Cannot cancel deadline " + deadline.id(), e);
        }
        log.info("Deadline {} of process {} cancelled, id {}", kind, processInstanceId, deadline.id());
        events.publishEvent(new DeadlineCancelled(processInstanceId, deadline.businessKey(), kind, deadline.due()));
        cancelled++;
      }
    }
    return cancelled;
  }

  /** Every deadline of a case (business key), oldest first, whatever its status. */
  public List<DeadlineView> list(String businessKey) {
    return repository.byBusinessKey(businessKey);
  }

  /** Every deadline of a process instance, oldest first. */
  public List<DeadlineView> listForProcessInstance(String processInstanceId) {
    return repository.byProcessInstance(processInstanceId);
  }

  private static TriggerBuilder<org.quartz.SimpleTrigger> trigger(String name, JobDetail job, Instant at) {
    // FIRE_NOW: a deadline that passed while every node was down fires once, as soon as a scheduler starts
    return TriggerBuilder.newTrigger().withIdentity(name, JOB_GROUP).forJob(job).startAt(Date.from(at))
        .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow());
  }
}
