package org.creditcommitment.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * {@code end} listener of a waiting activity ({@code ${deadlineEndListener}}, field {@code kind}):
 * the wait is over, so the deadline of that kind is cancelled and never fires. When the deadline itself
 * ended the wait, it is already FIRED and nothing happens. Prototype scope: see {@link DeadlineStartListener}.
 */
@Component("deadlineEndListener")
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class DeadlineEndListener implements ExecutionListener {

  private final DeadlineService deadlines;
  private Expression kind;

  DeadlineEndListener(DeadlineService deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateExecution execution) {
    deadlines.cancel(execution.getProcessInstanceId(), ListenerFields.required(kind, "kind", execution));
  }
}
