package org.creditcommitment.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

/**
 * The user logged in to the Camunda webapps (Tasklist, Cockpit, Admin, Welcome) in this browser session.
 * Uses the webapps' own session reader, the one their REST filters use; this is the only place the product
 * touches a class of the webapp module outside its documented configuration.
 */
public final class WebappSession {

  private static final String ENGINE = "default";

  private WebappSession() {}

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
