package org.creditcommitment.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is signed in: the officials' pages show the name and role, never the login id alone, and take the session's
 * CSRF token for their writes from here.
 */
@RestController
class CurrentUserController {

  private final IdentityService identityService;

  CurrentUserController(IdentityService identityService) {
    this.identityService = identityService;
  }

  record Role(String group, String label) {}

  /**
   * @param csrfToken the webapp session's CSRF token, which this page's writes send as {@code X-XSRF-TOKEN}; null
   *     without a webapp session. Only a page of this server can read this answer (no CORS), so handing it out does
   *     not let another site forge a write.
   */
  record Me(String userId, String name, List<Role> roles, boolean admin, String csrfToken) {}

  @GetMapping("/api/me")
  @AllowedGroups({Groups.CLERK, Groups.APPROVER, Groups.LEADER, Groups.INSPECTOR, Groups.PROVIDER, Groups.CREDIT_OFFICE,
      Groups.AUDITOR, Groups.ADMIN, Groups.PORTAL})
  Me me(CurrentUser user, HttpServletRequest request) {
    User profile = SystemCall.run(identityService,
        () -> identityService.createUserQuery().userId(user.id()).singleResult());
    List<Role> roles = user.groups().stream().filter(Groups.ROLES::containsKey)
        .map(g -> new Role(g, Groups.ROLES.get(g))).toList();
    if (user.isIn(Groups.ADMIN)) {
      roles = java.util.stream.Stream.concat(roles.stream(), java.util.stream.Stream.of(new Role(Groups.ADMIN, "系统管理员")))
          .toList();
    }
    return new Me(user.id(), UserNames.display(profile, user.id()), roles, user.isIn(Groups.ADMIN),
        WebappSession.csrfToken(request));
  }
}
