package org.creditcommitment.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.creditcommitment.system.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic against the Camunda identity service for the product's own /api. The authenticated
 * user and groups are set on the engine for the request, so engine calls made while serving it are
 * checked by Camunda's authorizations (a clerk cannot complete an approver's task through /api).
 *
 * <p>One sign-in for officials: a request without credentials is also accepted when the browser holds
 * a login of the Camunda webapps (the session Tasklist and Cockpit use), so the auditor and statistics
 * pages need no login of their own. Only reading requests (GET, HEAD) are accepted that way: the
 * session cookie goes with every request the browser makes, so a write on its strength alone could be
 * forged by another site. Writes keep requiring HTTP Basic.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identityService;

  public ApiAuthenticationFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    String[] credentials = basicCredentials(header);
    String userId = null;
    if (credentials != null && identityService.checkPassword(credentials[0], credentials[1])) {
      userId = credentials[0];
    } else if (header == null && isRead(request)) {
      userId = WebappSession.userId(request);
    }
    if (userId == null) {
      // a script that logs in itself (the auditor page) says so; the browser must not pop up its own dialog
      if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"credit-commitment\", charset=\"UTF-8\"");
      }
      Problems.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "需要登录：用户名或密码错误",
          "Authentication required: missing or wrong user name or password");
      return;
    }
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    request.setAttribute(CurrentUser.ATTRIBUTE, new CurrentUser(userId, groups));
    identityService.setAuthentication(userId, groups);
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static boolean isRead(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
  }

  private static String[] basicCredentials(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }
}
