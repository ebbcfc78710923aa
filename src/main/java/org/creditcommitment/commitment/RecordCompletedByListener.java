package org.creditcommitment.commitment;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.creditcommitment.system.StepInputs;
import org.springframework.stereotype.Component;

/**
 * Remembers who completed a task whose officer matters later (the clerk who accepted a case is never drawn to
 * inspect it, and the inspection feedback names the inspector) and writes the task's outcome to the case record, in
 * the task's transaction: each task's {@link TaskOutcome}. The form's values reach this listener transient; the case
 * record is where they are kept.
 */
@Component("recordCompletedByListener")
class RecordCompletedByListener implements TaskListener {

  private final IdentityService identity;
  private final Map<String, TaskOutcome> outcomes;

  RecordCompletedByListener(IdentityService identity, List<TaskOutcome> outcomes) {
    this.identity = identity;
    this.outcomes = outcomes.stream().collect(Collectors.toUnmodifiableMap(TaskOutcome::taskKey, Function.identity()));
  }

  @Override
  public void notify(DelegateTask task) {
    TaskOutcome outcome = outcomes.get(task.getTaskDefinitionKey());
    if (outcome != null) {
      outcome.record(task, task.getExecution().getProcessBusinessKey(),
          String.valueOf(StepInputs.completedBy(identity, task)));
    }
  }
}
