package org.creditcommitment.commitment;

import java.time.Clock;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.creditcommitment.calendar.Due;
import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.deadline.DeadlineService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 7个工作日内上网公开 (汕府办函〔2021〕17号 (二十一)): a licensing decision or a punishment is published — pushed to the
 * credit platform — within {@code cc.publication.period} (7WD) of the decision. The step that makes the decision
 * starts the deadline (kind {@code publication}), the push that publishes it meets it; a deadline that passes first
 * reaches the lifecycle's event sub-process 公示超期督办, which tells the credit office.
 */
@Component
class PublicationDeadline {

  static final String KIND = CaseDeadlineKinds.PUBLICATION;

  private final DeadlineService deadlines;
  private final WorkingDayCalendar calendar;
  private final Clock clock;
  private final String period;

  PublicationDeadline(DeadlineService deadlines, WorkingDayCalendar calendar, Clock clock,
      @Value("${cc.publication.period:7WD}") String period) {
    this.deadlines = deadlines;
    this.calendar = calendar;
    this.clock = clock;
    this.period = period;
  }

  /** The decision was made now: it must be published by the end of the period. */
  void start(DelegateExecution execution) {
    Due due = calendar.due(clock.instant(), period);
    deadlines.schedule(execution.getProcessInstanceId(), execution.getProcessBusinessKey(), KIND, due.instant(),
        due.provisional(), List.of());
  }

  /** The credit platform accepted the record: published. */
  void met(DelegateExecution execution) {
    met(execution.getProcessInstanceId());
  }

  void met(String processInstanceId) {
    deadlines.cancel(processInstanceId, KIND);
  }
}
