package org.creditcommitment.security.sso;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One session for everything: once Spring Security holds the provider's sign-in, the same HTTP session gets the
 * Camunda webapps' login of that official, which Tasklist, Cockpit, Admin and, through it, the product's pages and
 * {@code /api} read ({@code security/WebappSession}). The webapps' {@code ContainerBasedAuthenticationFilter} does
 * the same for their own paths only, and Camunda's Spring Security starter builds on it; this filter runs after
 * Spring Security's on every path, so a product page opened first works as well. The groups are the ones the
 * sign-in brought ({@link SsoUsers}), never a second look-up.
 */
class WebappLoginBridge extends OncePerRequestFilter {

  private final ProcessEngine engine;

  WebappLoginBridge(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    if (signedIn instanceof OAuth2AuthenticationToken token && token.isAuthenticated()) {
      HttpSession session = request.getSession();
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
      var existing = authentications.getAuthenticationForProcessEngine(engine.getName());
      if (existing == null || !existing.getName().equals(token.getName())) {
        List<String> groups = token.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        UserAuthentication login = AuthenticationUtil.createAuthentication(engine, token.getName(), groups, null);
        // null when the engine does not know the user: SsoUsers has just written them, so only a race with an
        // administrator's deletion gets here, and the webapps then treat the session as signed out
        if (login != null) {
          authentications.addOrReplace(login);
          AuthenticationUtil.updateSession(session, authentications);
        }
      }
    }
    chain.doFilter(request, response);
  }
}
