package org.creditcommitment.casehistory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.creditcommitment.security.SystemCall;
import org.springframework.stereotype.Component;

/**
 * The Chinese name of a user task by its key, as the latest deployed models name it: the record of what an official
 * submitted keeps the task's key only. A key no latest model has any more reads the models again once (a deployment
 * since), then stands for itself.
 */
@Component
class TaskNames {

  private final RepositoryService repository;
  private final IdentityService identity;
  private final Map<String, String> names = new ConcurrentHashMap<>();

  TaskNames(RepositoryService repository, IdentityService identity) {
    this.repository = repository;
    this.identity = identity;
  }

  String name(String taskKey) {
    String name = names.get(taskKey);
    if (name == null) {
      load();
      name = names.getOrDefault(taskKey, taskKey);
    }
    return name;
  }

  private void load() {
    SystemCall.run(identity, () -> {
      for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
        for (UserTask task : repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)) {
          if (task.getName() != null && !task.getName().isBlank()) {
            names.putIfAbsent(task.getId(), task.getName());
          }
        }
      }
      return null;
    });
  }
}
