package org.creditcommitment.security;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The engine's default authorizations (a task's candidates and assignee may read and work the task) plus
 * READ on the task's process instance for the same group or user. Tasklist shows a case's number,
 * applicant, item and department on the task card, read from the process instance; without this grant
 * officials see bare cards. It gives nobody a case they do not work on: the grant follows the tasks a
 * group or user is offered or holds, is taken back when the last of them leaves them, and the engine deletes it with
 * the process instance.
 * Registered through the documented extension point {@code resourceAuthorizationProvider}.
 */
@Component
class CaseReadAuthorizations extends DefaultAuthorizationProvider implements ProcessEnginePlugin {

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    AuthorizationEntity[] defaults = super.newTaskGroupIdentityLink(task, groupId, type);
    if (!IdentityLinkType.CANDIDATE.equals(type)) {
      return defaults;
    }
    return withInstanceRead(defaults, task, null, groupId);
  }

  @Override
  public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
    if (oldAssignee != null && !oldAssignee.equals(newAssignee)) {
      revokeUnlessInvolved(task, oldAssignee, null, IdentityLinkType.ASSIGNEE);
    }
    return withInstanceRead(super.newTaskAssignee(task, oldAssignee, newAssignee), task, newAssignee, null);
  }

  @Override
  public AuthorizationEntity[] deleteTaskUserIdentityLink(Task task, String userId, String type) {
    revokeUnlessInvolved(task, userId, null, type);
    completedBy(task);
    return super.deleteTaskUserIdentityLink(task, userId, type);
  }

  @Override
  public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
    revokeUnlessInvolved(task, null, groupId, type);
    completedBy(task);
    return super.deleteTaskGroupIdentityLink(task, groupId, type);
  }

  /** A task that ends (completed, deleted) has its identity links deleted with it: its assignee leaves it then. */
  private void completedBy(Task task) {
    if (task instanceof TaskEntity entity && entity.isDeleted() && task.getAssignee() != null) {
      revokeUnlessInvolved(task, task.getAssignee(), null, IdentityLinkType.ASSIGNEE);
    }
  }

  /**
   * The instance's READ given for a task goes when the task leaves the user or group (handed to someone else,
   * unclaimed, its link deleted, completed), unless they still hold or are offered another task of the instance.
   * Only the grant as given (READ alone) is taken back: an administrator's wider grant stays.
   */
  private void revokeUnlessInvolved(Task task, String userId, String groupId, String leaving) {
    String instance = task.getProcessInstanceId();
    if (instance == null || (userId == null && groupId == null)) {
      return;
    }
    CommandContext context = Context.getCommandContext();
    DbEntityCache cache = context.getDbEntityManager().getDbEntityCache();
    if (liveTasks(context, instance).anyMatch(t -> involves(t, task, userId, groupId, leaving, cache))) {
      return;
    }
    AuthorizationEntity grant = userId != null
        ? getGrantAuthorizationByUserId(userId, Resources.PROCESS_INSTANCE, instance)
        : getGrantAuthorizationByGroupId(groupId, Resources.PROCESS_INSTANCE, instance);
    if (grant != null && !cache.isDeleted(grant) && grant.getPermissions() == (Permissions.READ.getValue()
        | Permissions.NONE.getValue())) {
      context.getDbEntityManager().delete(grant);
    }
  }

  /** The instance's open tasks, those created in this very command included. */
  private static Stream<TaskEntity> liveTasks(CommandContext context, String instance) {
    Map<String, TaskEntity> tasks = new LinkedHashMap<>();
    context.getTaskManager().findTasksByProcessInstanceId(instance).forEach(t -> tasks.put(t.getId(), t));
    context.getDbEntityManager().getCachedEntitiesByType(TaskEntity.class).stream()
        .filter(t -> instance.equals(t.getProcessInstanceId())).forEach(t -> tasks.putIfAbsent(t.getId(), t));
    DbEntityCache cache = context.getDbEntityManager().getDbEntityCache();
    return tasks.values().stream().filter(t -> !t.isDeleted() && !cache.isDeleted(t));
  }

  /** Whether the task is held by or offered to the user (group), leaving aside the link that is going now. */
  private static boolean involves(TaskEntity candidate, Task leavingTask, String userId, String groupId,
      String leaving, DbEntityCache cache) {
    boolean same = candidate.getId().equals(leavingTask.getId());
    if (userId != null && (userId.equals(candidate.getOwner())
        || (userId.equals(candidate.getAssignee()) && !(same && IdentityLinkType.ASSIGNEE.equals(leaving))))) {
      return true;
    }
    return candidate.getIdentityLinks().stream()
        .filter(l -> !cache.isDeleted(l) && IdentityLinkType.CANDIDATE.equals(l.getType()))
        .filter(l -> !(same && leaving.equals(l.getType())))
        .anyMatch(l -> userId != null ? userId.equals(l.getUserId()) : groupId.equals(l.getGroupId()));
  }

  private AuthorizationEntity[] withInstanceRead(AuthorizationEntity[] defaults, Task task, String userId,
      String groupId) {
    String instance = task.getProcessInstanceId();
    if (instance == null || (userId == null && groupId == null) || alreadyGranted(instance, userId, groupId)) {
      return defaults;
    }
    AuthorizationEntity read = createGrantAuthorization(userId, groupId, Resources.PROCESS_INSTANCE, instance,
        Permissions.READ);
    return Stream.concat(defaults == null ? Stream.empty() : Arrays.stream(defaults), Stream.of(read))
        .toArray(AuthorizationEntity[]::new);
  }

  /**
   * Granted before (stored), or earlier in this very command (two tasks for one group at once). A grant taken back
   * earlier in this command (the task before was completed) is kept instead: deleting and inserting the same grant
   * in one flush would break its unique key.
   */
  private boolean alreadyGranted(String instance, String userId, String groupId) {
    DbEntityManager entities = Context.getCommandContext().getDbEntityManager();
    AuthorizationEntity stored = userId != null
        ? getGrantAuthorizationByUserId(userId, Resources.PROCESS_INSTANCE, instance)
        : getGrantAuthorizationByGroupId(groupId, Resources.PROCESS_INSTANCE, instance);
    Optional<AuthorizationEntity> granted = Optional.ofNullable(stored).or(() -> entities
        .getCachedEntitiesByType(AuthorizationEntity.class).stream()
        .filter(a -> a.getResourceType() == Resources.PROCESS_INSTANCE.resourceType()
            && instance.equals(a.getResourceId()) && Objects.equals(userId, a.getUserId())
            && Objects.equals(groupId, a.getGroupId()))
        .findFirst());
    granted.filter(a -> entities.getDbEntityCache().isDeleted(a)).ifPresent(entities::undoDelete);
    return granted.isPresent();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(this);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {}

  @Override
  public void postProcessEngineBuild(org.camunda.bpm.engine.ProcessEngine processEngine) {}
}
