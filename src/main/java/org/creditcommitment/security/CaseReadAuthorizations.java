package org.creditcommitment.security;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Stream;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The engine's default authorizations (a task's candidates and assignee may read and work the task) plus
 * READ on the task's process instance for the same group or user. Tasklist shows a case's number,
 * applicant, item and department on the task card, read from the process instance; without this grant
 * officials see bare cards. It gives nobody a case they do not work on: the grant follows the tasks a
 * group or user is offered, and the engine deletes it with the process instance.
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
    return withInstanceRead(super.newTaskAssignee(task, oldAssignee, newAssignee), task, newAssignee, null);
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

  /** Granted before (stored), or earlier in this very command (two tasks for one group at once). */
  private boolean alreadyGranted(String instance, String userId, String groupId) {
    AuthorizationEntity stored = userId != null
        ? getGrantAuthorizationByUserId(userId, Resources.PROCESS_INSTANCE, instance)
        : getGrantAuthorizationByGroupId(groupId, Resources.PROCESS_INSTANCE, instance);
    if (stored != null) {
      return true;
    }
    return Context.getCommandContext().getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class)
        .stream().anyMatch(a -> a.getResourceType() == Resources.PROCESS_INSTANCE.resourceType()
            && instance.equals(a.getResourceId()) && Objects.equals(userId, a.getUserId())
            && Objects.equals(groupId, a.getGroupId()));
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
