package org.creditcommitment.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * The user logged in to the Camunda webapps (Tasklist, Cockpit, Admin, Welcome) in this browser session.
 * Uses the webapps' own session reader and CSRF token, the ones their REST filters use; this is the only place the
 * product touches classes of the webapp module outside its documented configuration.
 */
public final class WebappSession {

  private static final String ENGINE = "default";

  private WebappSession() {}

  /**
   * Whether the request carries the CSRF token of its webapp session in the header the webapps use
   * ({@code X-XSRF-TOKEN}, as Tasklist sends on its writes). Another site can make a browser send the session cookie
   * but cannot read the token, so a write that carries it comes from a page of this server.
   */
  public static boolean carriesCsrfToken(HttpServletRequest request) {
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    String token = csrfToken(request);
    return sent != null && token != null
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }

  /** The CSRF token of the request's webapp session, or null when there is none. */
  public static String csrfToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME) instanceof String token
        ? token : null;
  }

  /** The user id, or null when the request carries no webapp login. */
  public static String userId(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return null;
    }
    Authentication authentication = authentications.getAuthenticationForProcessEngine(ENGINE);
    return authentication == null ? null : authentication.getName();
  }
}
