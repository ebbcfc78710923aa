package org.creditcommitment.security.forms;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.creditcommitment.security.SystemCall;
import org.creditcommitment.security.TaskFormContext;
import org.springframework.beans.factory.ListableBeanFactory;

/** Adds the modules' {@link TaskFormContext} values to a task's form variables. */
public class FormContexts {

  private final ListableBeanFactory beans;
  private final ProcessEngine engine;
  private volatile List<TaskFormContext> contexts;

  public FormContexts(ListableBeanFactory beans, ProcessEngine engine) {
    this.beans = beans;
    this.engine = engine;
  }

  /**
   * @param names the variables asked for, or null for all
   */
  public void addTo(String taskId, Collection<String> names, VariableMap variables) {
    IdentityService identity = engine.getIdentityService();
    Task task = SystemCall.run(identity, () -> engine.getTaskService().createTaskQuery().taskId(taskId).singleResult());
    if (task == null || task.getProcessInstanceId() == null) {
      return;
    }
    TaskFormContext.FormTask formTask = SystemCall.run(identity, () -> {
      ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceId(task.getProcessInstanceId()).singleResult();
      String key = engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getKey();
      return new TaskFormContext.FormTask(task.getId(), task.getProcessInstanceId(), key,
          task.getTaskDefinitionKey(), instance == null ? null : instance.getBusinessKey());
    });
    for (TaskFormContext context : contexts()) {
      context.values(formTask).forEach((name, value) -> {
        if ((names == null || names.contains(name)) && !variables.containsKey(name)) {
          variables.put(name, value);
        }
      });
    }
  }

  private List<TaskFormContext> contexts() {
    if (contexts == null) {
      // looked up late: the modules' contexts depend on the engine this class is part of
      contexts = List.copyOf(beans.getBeansOfType(TaskFormContext.class).values());
    }
    return contexts;
  }

  public static boolean isFormVariables(Object command) {
    return command.getClass().getSimpleName().equals("GetTaskFormVariablesCmd");
  }

}
