package org.creditcommitment.system;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/** What every process step reads the same way from the engine: a form's text field and who completed a task. */
public final class StepInputs {

  private StepInputs() {}

  /** The variable as trimmed text, or null when absent or blank (an empty form field). */
  public static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  /**
   * The user completing the task: the engine's authenticated user (Tasklist, REST), else the assignee, for a task
   * completed by the engine's own API (tests, migrations) without an authentication. Null when neither is known.
   */
  public static String completedBy(IdentityService identity, DelegateTask task) {
    var auth = identity.getCurrentAuthentication();
    return auth != null && auth.getUserId() != null ? auth.getUserId() : task.getAssignee();
  }
}
