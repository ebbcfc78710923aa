package org.creditcommitment.handover;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.creditcommitment.security.SystemCall;
import org.creditcommitment.security.UserNames;
import org.creditcommitment.system.ApiException;
import org.springframework.stereotype.Component;

/**
 * Reads open tasks, their candidates and officials' groups from the engine, as the system: who may act on a task is
 * decided by this module's rules (holder or candidate), not by the caller's engine authorizations.
 */
@Component
class OpenTasks {

  /** Engine task ids are UUIDs or numbers; anything else names no task. */
  private static final java.util.regex.Pattern TASK_ID = java.util.regex.Pattern.compile("[A-Za-z0-9-]{1,64}");

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;

  OpenTasks(TaskService tasks, RuntimeService runtime, IdentityService identity) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
  }

  /** The open task of a case with this id; 404 when there is none. */
  OpenTask require(String taskId) {
    return find(taskId).orElseThrow(() -> unknown(taskId));
  }

  Optional<OpenTask> find(String taskId) {
    if (taskId == null || !TASK_ID.matcher(taskId).matches()) {
      return Optional.empty();
    }
    return SystemCall.run(identity, () -> {
      Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
      if (task == null || task.getProcessInstanceId() == null) {
        return Optional.empty();
      }
      ProcessInstance instance = runtime.createProcessInstanceQuery()
          .processInstanceId(task.getProcessInstanceId()).singleResult();
      if (instance == null || instance.getBusinessKey() == null) {
        return Optional.empty();
      }
      List<IdentityLink> links = tasks.getIdentityLinksForTask(taskId).stream()
          .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).toList();
      return Optional.of(new OpenTask(task, instance.getBusinessKey(),
          links.stream().map(IdentityLink::getUserId).filter(u -> u != null).toList(),
          links.stream().map(IdentityLink::getGroupId).filter(g -> g != null).toList()));
    });
  }

  /** The open tasks of a case's process instances. */
  List<Task> ofCase(String caseNo) {
    return SystemCall.run(identity, () -> tasks.createTaskQuery().processInstanceBusinessKey(caseNo).list());
  }

  /**
   * The officials a task may be handed to: offered it by name or members of its candidate groups, except the caller
   * and its holder, by name.
   */
  List<Map<String, String>> colleagues(OpenTask task, String callerId) {
    Map<String, String> names = new TreeMap<>();
    SystemCall.run(identity, () -> {
      for (String group : task.candidateGroups()) {
        identity.createUserQuery().memberOfGroup(group).list()
            .forEach(u -> names.put(u.getId(), UserNames.display(u, u.getId())));
      }
      for (String user : task.candidateUsers()) {
        names.putIfAbsent(user, name(user));
      }
      return null;
    });
    names.remove(callerId);
    if (task.assignee() != null) {
      names.remove(task.assignee());
    }
    return names.entrySet().stream().map(e -> Map.of("id", e.getKey(), "name", e.getValue())).toList();
  }

  /** Every member of an officials' group, by login id, with their name. */
  Map<String, String> officials() {
    Map<String, String> names = new TreeMap<>();
    SystemCall.run(identity, () -> {
      for (String group : groups()) {
        if (GroupNames.role(group).isPresent()) {
          identity.createUserQuery().memberOfGroup(group).list()
              .forEach(u -> names.put(u.getId(), UserNames.display(u, u.getId())));
        }
      }
      return null;
    });
    return names;
  }

  List<String> groups() {
    return SystemCall.run(identity, () -> identity.createGroupQuery().list().stream().map(Group::getId).toList());
  }

  Set<String> groupsOf(String userId) {
    return SystemCall.run(identity, () -> identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).collect(Collectors.toSet()));
  }

  Optional<User> user(String userId) {
    return Optional.ofNullable(SystemCall.run(identity,
        () -> identity.createUserQuery().userId(userId).singleResult()));
  }

  boolean groupExists(String groupId) {
    return SystemCall.run(identity, () -> identity.createGroupQuery().groupId(groupId).count() > 0);
  }

  String name(String userId) {
    return UserNames.display(user(userId).orElse(null), userId);
  }

  static ApiException unknown(String taskId) {
    return ApiException.notFound("unknown-task", "任务不存在或已办结", "No open task with id '" + taskId + "'");
  }
}
