package org.creditcommitment.security;

import java.util.List;
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
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the role groups, their Camunda authorizations and the officials' Tasklist filter. Runs at
 * every start and only adds what is missing, so an administrator's later changes are kept.
 *
 * <p>Task visibility itself needs no grant here: the engine gives a task's candidate group READ and
 * TASK_WORK on that task (defaultUserPermissionNameForTask), so a group sees and completes only its
 * own tasks.
 */
@Component
public class GroupSetup {

  private static final Logger log = LoggerFactory.getLogger(GroupSetup.class);

  /** The officials' Tasklist filter; its name is what they see first. */
  public static final String WORK_FILTER = "我的待办";
  /** What a task card shows besides the task's name, so officials tell cases apart (absent ones are not shown). */
  static final List<Map<String, String>> CARD_VARIABLES = List.of(
      Map.of("name", "caseNo", "label", "办件编号"),
      Map.of("name", "objectionNo", "label", "异议编号"),
      Map.of("name", "repairNo", "label", "修复申请编号"),
      Map.of("name", "voluntaryNo", "label", "主动承诺编号"),
      Map.of("name", "applicantName", "label", "申请人"),
      Map.of("name", "subjectName", "label", "信用主体"),
      Map.of("name", "itemName", "label", "事项"),
      Map.of("name", "departmentName", "label", "部门"));

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
    ensureWorkFilter();
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

  /**
   * One filter for every official: open tasks for which one of the user's groups is a candidate (role
   * groups and department groups alike, so a new department needs no new filter) and tasks assigned to the
   * user (the models name groups as candidates, never single users; the engine refuses both in one query); never tasks a colleague has claimed. Built on the user who looks at it,
   * not on a group named in the filter: an approver of market supervision only sees that department's
   * decisions, an approver of two departments sees both.
   */
  private void ensureWorkFilter() {
    Filter filter = filterService.createFilterQuery().filterName(WORK_FILTER).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(WORK_FILTER)
          .setOwner("admin")
          .setQuery(workQuery())
          .setProperties(Map.of(
              "description", "我所在各组（含部门组）的待办任务和已由我认领的任务，按办理期限排序",
              "priority", -10,
              "refresh", true,
              "variables", CARD_VARIABLES));
      filterService.saveFilter(filter);
    }
    for (String group : Groups.ROLE_ORDER) {
      grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
    }
    removeRoleFilters();
  }

  TaskQuery workQuery() {
    return taskService.createTaskQuery()
        .or()
          .taskCandidateGroupInExpression("${currentUserGroups()}")
          .taskAssigneeExpression("${currentUser()}")
        .endOr();
  }

  /**
   * Earlier versions created one filter per role group ("审批的任务": candidate group "approver"), which missed
   * every department task; they are removed unless an administrator has changed them since.
   */
  private void removeRoleFilters() {
    for (String group : Groups.ROLE_ORDER) {
      Filter old = filterService.createFilterQuery().filterName(Groups.ROLES.get(group) + "的任务").filterOwner("admin")
          .singleResult();
      if (old != null && String.valueOf(old.getProperties().get("description")).startsWith("候选组为「")) {
        filterService.deleteFilter(old.getId());
        log.info("Removed the old Tasklist filter '{}' (it listed role-group tasks only)", old.getName());
      }
    }
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
