package org.creditcommitment.casehistory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.security.Groups;
import org.creditcommitment.security.UserNames;
import org.springframework.stereotype.Component;

/**
 * Who did a step, by name and role instead of login id. The portal's account acts for applicants, so its steps
 * are the applicant's; {@code system} is the engine or a scheduler acting on its own. Call within
 * {@code SystemCall}: an auditor may not read users and groups through the engine.
 */
@Component
class Actors {

  static final BusinessEvent.Actor SYSTEM = new BusinessEvent.Actor(AuditLog.SYSTEM_ACTOR, "系统（自动）", null);
  private static final String PORTAL_NAME = "网上办事大厅（代申请人）";
  private static final String ADMIN_ROLE = "系统管理员";

  private final IdentityService identity;

  Actors(IdentityService identity) {
    this.identity = identity;
  }

  /** A lookup for one case: the same few officials act many times, so each is read once. */
  Function<String, BusinessEvent.Actor> lookup() {
    Map<String, BusinessEvent.Actor> known = new HashMap<>();
    return id -> id == null || id.isBlank() ? null : known.computeIfAbsent(id, this::resolve);
  }

  private BusinessEvent.Actor resolve(String id) {
    if (AuditLog.SYSTEM_ACTOR.equals(id)) {
      return SYSTEM;
    }
    User user = identity.createUserQuery().userId(id).singleResult();
    List<String> groups = identity.createGroupQuery().groupMember(id).list().stream().map(Group::getId).toList();
    if (groups.contains(Groups.PORTAL)) {
      return new BusinessEvent.Actor(id, PORTAL_NAME, null);
    }
    return new BusinessEvent.Actor(id, UserNames.display(user, id), role(groups));
  }

  /** Role groups, department groups (approver-scjg) counting as their role, in the order officials know them. */
  static String role(List<String> groups) {
    List<String> roles = new ArrayList<>();
    for (String role : Groups.ROLE_ORDER) {
      if (groups.stream().anyMatch(g -> g.equals(role) || g.startsWith(role + "-"))) {
        roles.add(Groups.ROLES.get(role));
      }
    }
    if (groups.contains(Groups.ADMIN)) {
      roles.add(ADMIN_ROLE);
    }
    return roles.isEmpty() ? null : String.join("、", roles);
  }
}
