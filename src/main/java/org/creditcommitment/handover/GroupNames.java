package org.creditcommitment.handover;

import java.util.List;
import java.util.Optional;

import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.security.Groups;
import org.springframework.stereotype.Component;

/**
 * The groups a case may be sent to for information, and their names as officials read them: a role (审批) or a
 * department's role group (审批 · 市场监督管理局), never the administrators or the online portal's account.
 */
@Component
class GroupNames {

  /** Roles whose groups (and department groups, role-&lt;dept&gt;) receive copies. */
  static final List<String> ROLES = List.of(Groups.CLERK, Groups.APPROVER, Groups.LEADER, Groups.INSPECTOR,
      Groups.PROVIDER, Groups.CREDIT_OFFICE, Groups.AUDITOR);

  private final Catalogue catalogue;

  GroupNames(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** The role of an officials' group, empty for any other group. */
  static Optional<String> role(String groupId) {
    return ROLES.stream().filter(r -> groupId.equals(r) || groupId.startsWith(r + "-")).findFirst();
  }

  String name(String groupId) {
    Optional<String> role = role(groupId);
    if (role.isEmpty()) {
      return groupId;
    }
    String roleName = Groups.ROLES.getOrDefault(role.get(), role.get());
    if (groupId.equals(role.get())) {
      return roleName;
    }
    String department = groupId.substring(role.get().length() + 1);
    return roleName + " · " + catalogue.departmentName(department);
  }
}
