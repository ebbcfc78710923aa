package org.creditcommitment.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.creditcommitment.calendar.Due;
import org.creditcommitment.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * {@code start} listener of a waiting activity ({@code ${deadlineStartListener}}, see bpmn/README.md):
 * computes the deadline from the clock with the working-day calendar and schedules it. The deadline row is the one
 * record of the date: forms show it as {@code deadline_<kind>_dueDate} (DeadlineFormContext), mails and escalations
 * read it from {@link DeadlineService#dueDate}; the process keeps no copy.
 *
 * <p>Fields: {@code kind} (e.g. signing), {@code spec} (e.g. 5WD, P3M or an expression such as
 * ${casePeriods.of(execution, 'signing')}), optional {@code reminder} (how long before, e.g. 1WD; several separated by
 * commas; empty for none), optional {@code from} (an expression giving the instant the period counts from, e.g. the
 * case's acceptance: a step entered again after a return then gets the same deadline, never a new period; empty for
 * now), optional {@code keepActive} ("true": an active deadline of the kind is left as it is, e.g. the decision
 * period running on from one level of a leveled decision to the next with its extension or suspension; absent or
 * "false" replaces it). Prototype scope: Camunda injects the fields into the bean it resolves, and a
 * shared singleton would mix up the fields of two processes running at once.
 */
@Component("deadlineStartListener")
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class DeadlineStartListener implements ExecutionListener {

  private final DeadlineService deadlines;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  private Expression kind;
  private Expression spec;
  private Expression reminder;
  private Expression from;
  private Expression keepActive;

  DeadlineStartListener(DeadlineService deadlines, WorkingDayCalendar calendar, Clock clock) {
    this.deadlines = deadlines;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String kindValue = ListenerFields.required(kind, "kind", execution);
    if ("true".equals(ListenerFields.optional(keepActive, execution))
        && deadlines.active(execution.getProcessInstanceId(), kindValue).isPresent()) {
      return;
    }
    String specValue = ListenerFields.required(spec, "spec", execution);
    Due due = calendar.due(start(execution), specValue);
    List<Instant> reminders = new ArrayList<>();
    String reminderValue = ListenerFields.optional(reminder, execution);
    if (reminderValue != null) {
      for (String before : reminderValue.split(",")) {
        if (!before.isBlank()) {
          reminders.add(calendar.reminderBefore(due, before.trim()));
        }
      }
    }
    deadlines.schedule(execution.getProcessInstanceId(), execution.getProcessBusinessKey(), kindValue, due.instant(),
        due.provisional(), reminders);
  }

  private Instant start(DelegateExecution execution) {
    Object value = from == null ? null : from.getValue(execution);
    if (value instanceof java.util.Date date) {
      return date.toInstant();
    }
    if (value instanceof java.time.temporal.TemporalAccessor time) {
      return Instant.from(time);
    }
    return clock.instant();
  }
}
