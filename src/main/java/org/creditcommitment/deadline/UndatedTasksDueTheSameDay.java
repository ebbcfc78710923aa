package org.creditcommitment.deadline;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every deployed process a due date ({@link SameDayDueDate}) when its model gives none or
 * no deadline runs for it, through a {@code create} listener added by the engine's documented BPMN parse listener
 * extension point. It runs after the model's own {@code camunda:dueDate} and listeners, so a task waiting under a
 * deadline keeps that deadline; and it applies to the models of running instances as well, which are parsed again
 * when the engine starts.
 */
@Component
class UndatedTasksDueTheSameDay extends AbstractProcessEnginePlugin {

  private final ObjectProvider<SameDayDueDate> rule;

  UndatedTasksDueTheSameDay(ObjectProvider<SameDayDueDate> rule) {
    this.rule = rule;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    TaskListener date = this::dateIfUndated;
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, date);
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private void dateIfUndated(DelegateTask task) {
    if (task.getDueDate() == null) {
      task.setDueDate(rule.getObject().forTaskCreatedNow(task.getProcessInstanceId()));
    }
  }
}
