package org.creditcommitment.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic against the Camunda identity service for the product's own /api. The authenticated
 * user and groups are set on the engine for the request, so engine calls made while serving it are
 * checked by Camunda's authorizations (a clerk cannot complete an approver's task through /api).
 *
 * <p>One sign-in for officials: a request without credentials is also accepted when the browser holds
 * a login of the Camunda webapps (the session Tasklist and Cockpit use), so the auditor and statistics
 * pages need no login of their own. Reading requests (GET, HEAD) are accepted that way; the session cookie
 * goes with every request the browser makes, so a write on its strength alone could be forged by another
 * site: a write needs HTTP Basic, or the session's CSRF token in {@code X-XSRF-TOKEN}. See {@link Logins}.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identityService;

  public ApiAuthenticationFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // a machine client's bearer token (security/sso/ApiTokens) names its client and group; nobody else sets this
    CurrentUser byToken = request.getAttribute(CurrentUser.SIGNED_IN_BY_TOKEN) instanceof CurrentUser client
        ? client : null;
    String userId = byToken != null ? byToken.id() : Logins.userId(request, identityService);
    if (userId == null) {
      Logins.askForLogin(response);
      return;
    }
    List<String> groups = byToken != null ? byToken.groups()
        : identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    request.setAttribute(CurrentUser.ATTRIBUTE, new CurrentUser(userId, groups));
    identityService.setAuthentication(userId, groups);
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
