package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.creditcommitment.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The listener that records a completed task finds what to record by the task's key, which each {@link TaskOutcome}
 * names once: a task the model gives the listener without an outcome would record nothing, an outcome naming no such
 * task would never run.
 */
class TaskOutcomesTest extends IntegrationTest {

  @Autowired List<TaskOutcome> outcomes;

  @Test
  void everyTaskTheLifecycleGivesTheRecordingListenerHasExactlyOneOutcome() {
    List<String> listened = Bpmn.readModelFromFile(new File("bpmn/commitment-lifecycle.bpmn"))
        .getModelElementsByType(UserTask.class).stream()
        .filter(task -> task.getExtensionElements() != null && task.getExtensionElements()
            .getElementsQuery().filterByType(CamundaTaskListener.class).list().stream()
            .anyMatch(l -> "${recordCompletedByListener}".equals(l.getCamundaDelegateExpression())))
        .map(UserTask::getId).toList();

    assertThat(outcomes.stream().map(TaskOutcome::taskKey).toList()).containsExactlyInAnyOrderElementsOf(listened);
  }
}
