package org.creditcommitment.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;

/** Reads the camunda:field values of the deadline listeners, with errors that name the activity. */
final class ListenerFields {

  private ListenerFields() {}

  static String required(Expression field, String name, DelegateExecution execution) {
    String value = optional(field, execution);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Deadline listener on activity '" + execution.getCurrentActivityId()
          + "' of process '" + execution.getProcessDefinitionId() + "' needs the camunda:field '" + name + "'");
    }
    return value.trim();
  }

  static String optional(Expression field, DelegateExecution execution) {
    if (field == null) {
      return null;
    }
    Object value = field.getValue(execution);
    return value == null ? null : value.toString();
  }
}
