package org.creditcommitment.deadline;

import java.util.HashMap;
import java.util.Map;

import org.creditcommitment.security.TaskFormContext;
import org.springframework.stereotype.Component;

/**
 * Shows each deadline of a task's process on its form as {@code deadline_<kind>_dueDate} (yyyy-MM-dd, the last day
 * in time), read from the deadline rows: the same date the sweep fires on and the mails state.
 */
@Component
class DeadlineFormContext implements TaskFormContext {

  private final DeadlineService deadlines;

  DeadlineFormContext(DeadlineService deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public Map<String, Object> values(FormTask task) {
    Map<String, Object> values = new HashMap<>();
    // oldest first: a later deadline of the same kind (a second round) wins
    for (DeadlineView deadline : deadlines.listForProcessInstance(task.processInstanceId())) {
      values.put("deadline_" + deadline.kind() + "_dueDate", deadline.dueDate().toString());
    }
    return values;
  }
}
