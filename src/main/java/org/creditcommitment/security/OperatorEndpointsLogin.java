package org.creditcommitment.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.creditcommitment.system.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With the prod profile the operators' endpoints (actuator, the OpenAPI description and Swagger UI) are for
 * administrators: a login of a camunda-admin member ({@link Logins}: HTTP Basic, or for reads the webapps'
 * session). {@code /actuator/health} stays open for load balancers and orchestrators; it tells nothing but UP or
 * DOWN. In demo mode the filter is not registered ({@link ApiSecurityConfig}).
 */
class OperatorEndpointsLogin extends OncePerRequestFilter {

  static final String[] PATHS = {"/actuator/*", "/v3/api-docs", "/v3/api-docs/*", "/v3/api-docs.yaml", "/swagger-ui/*",
      "/swagger-ui.html"};

  private final IdentityService identityService;

  OperatorEndpointsLogin(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String userId = Logins.userId(request, identityService);
    if (userId == null) {
      Logins.askForLogin(response);
      return;
    }
    if (identityService.createUserQuery().userId(userId).memberOfGroup(Groups.ADMIN).count() == 0) {
      Problems.write(response, HttpStatus.FORBIDDEN, "forbidden", "仅系统管理员可访问运维接口",
          "Only administrators (camunda-admin) may use the operators' endpoints");
      return;
    }
    chain.doFilter(request, response);
  }
}
