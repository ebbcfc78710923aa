package org.creditcommitment.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.creditcommitment.system.Problems;
import org.springframework.http.HttpStatus;

/**
 * Who sends a request, for the product's own login filters: HTTP Basic checked against the identity service, or,
 * without credentials, the login of the Camunda webapps in this browser: for a read (GET, HEAD), and for a write only
 * with the session's CSRF token in {@code X-XSRF-TOKEN} (as the officials' pages send it). The session cookie goes
 * with every request a browser makes, so a write on its strength alone could be forged by another site.
 */
final class Logins {

  private Logins() {}

  /** The user id, or null when the request carries no valid login. */
  static String userId(HttpServletRequest request, IdentityService identityService) {
    String header = request.getHeader("Authorization");
    String[] credentials = basicCredentials(header);
    if (credentials != null && identityService.checkPassword(credentials[0], credentials[1])) {
      return credentials[0];
    }
    if (header == null && (isRead(request) || WebappSession.carriesCsrfToken(request))) {
      return WebappSession.userId(request);
    }
    return null;
  }

  /**
   * 401 problem+json, without a {@code WWW-Authenticate: Basic} challenge: a browser that answered one would keep the
   * credentials and send them with every later request to this server, also those another site makes it send.
   * Browsers sign in through the webapps' login page; machine clients send HTTP Basic with the first request.
   */
  static void askForLogin(HttpServletResponse response) throws IOException {
    Problems.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "需要登录：用户名或密码错误",
        "Authentication required: missing or wrong user name or password");
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
