package org.creditcommitment.security;

import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the role groups, their Camunda authorizations and one Tasklist filter per group. Runs at
 * every start and only adds what is missing, so an administrator's later changes are kept.
 *
 * <p>Task visibility itself needs no grant here: the engine gives a task's candidate group READ and
 * TASK_WORK on that task (defaultUserPermissionNameForTask), so a group sees and completes only its
 * own tasks.
 */
@Component
public class GroupSetup {

  private static final Logger log = LoggerFactory.getLogger(GroupSetup.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;

  GroupSetup(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(0)
  public void setUp() {
    Groups.ROLE_ORDER.forEach(id -> ensureGroup(id, Groups.ROLES.get(id)));
    // the portal calls /api only: no Tasklist, no engine permissions
    createIfMissing(Groups.PORTAL, Groups.ROLES.get(Groups.PORTAL), "SYSTEM");
    for (String group : Groups.ROLE_ORDER) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(group, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
      grant(group, Resources.DECISION_DEFINITION, "*", Permissions.READ);
    }
    // Auditors read everything, history included, and change nothing (no UPDATE/DELETE anywhere).
    grant(Groups.AUDITOR, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(Groups.AUDITOR, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
    grant(Groups.AUDITOR, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
    grant(Groups.AUDITOR, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
    grant(Groups.AUDITOR, Resources.TASK, "*", Permissions.READ);
    grant(Groups.AUDITOR, Resources.DEPLOYMENT, "*", Permissions.READ);
    Groups.ROLE_ORDER.forEach(this::ensureFilter);
    log.info("Role groups, authorizations and Tasklist filters are in place");
  }

  /** Adds a department or other group the catalogue needs (e.g. approver-scjg). */
  public void ensureGroup(String id, String name) {
    if (createIfMissing(id, name, "WORKFLOW")) {
      grant(id, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(id, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
    }
  }

  private boolean createIfMissing(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() > 0) {
      return false;
    }
    Group group = identityService.newGroup(id);
    group.setName(name);
    group.setType(type);
    identityService.saveGroup(group);
    return true;
  }

  private void ensureFilter(String group) {
    String name = Groups.ROLES.get(group) + "的任务";
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name)
          .setOwner("admin")
          .setQuery(taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks())
          .setProperties(Map.of(
              "description", "候选组为「" + Groups.ROLES.get(group) + "」(" + group + ") 的待办任务",
              "priority", Groups.ROLE_ORDER.indexOf(group),
              "refresh", true));
      filterService.saveFilter(filter);
    }
    grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
  }

  private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(group)
        .resourceType(resource).resourceId(resourceId).singleResult();
    Authorization authorization = existing != null ? existing
        : authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }
}
