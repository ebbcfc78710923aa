package org.creditcommitment.commitment;

import java.util.List;

import org.creditcommitment.catalogue.DepartmentGroups;
import org.creditcommitment.security.CaseScope;
import org.creditcommitment.security.CurrentUser;
import org.creditcommitment.security.Groups;
import org.creditcommitment.system.ApiException;
import org.springframework.stereotype.Component;

/** Department separation of application cases on /api (see {@link CaseScope}). */
@Component
class DepartmentScope implements CaseScope {

  /** Roles that read every case: the window, the credit office, audit, administration and the online portal. */
  static final List<String> READ_ALL = List.of(Groups.CLERK, Groups.CREDIT_OFFICE, Groups.AUDITOR, Groups.ADMIN,
      Groups.PORTAL);

  private final Cases cases;

  DepartmentScope(Cases cases) {
    this.cases = cases;
  }

  @Override
  public void requireReadable(String caseNo, CurrentUser caller) {
    if (caller == null || READ_ALL.stream().anyMatch(caller::isIn)) {
      return;
    }
    // objections and repairs have keys of their own: this scope is about application cases only
    cases.find(caseNo).ifPresent(c -> {
      String department = c.department();
      boolean own = caller.isIn(DepartmentGroups.approvers(department))
          || caller.isIn(DepartmentGroups.inspectors(department));
      if (!own) {
        throw ApiException.notFound("unknown-case", "办件编号「" + caseNo + "」不存在",
            "No case with number '" + caseNo + "'");
      }
    });
  }
}
