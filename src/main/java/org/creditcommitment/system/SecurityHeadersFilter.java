package org.creditcommitment.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * nosniff, no framing and a Content-Security-Policy for the product's own paths:
 * <ul>
 *   <li>/api, /public/api (the public board's JSON), /engine-rest, /actuator, /v3/api-docs: data only, so nothing
 *       may load or run ({@link #API_POLICY}).</li>
 *   <li>/swagger-ui: its bundled page needs inline styles and scripts; only framing is forbidden.</li>
 *   <li>Everything else, the officials' pages /audit/ and /statistics/ with /common/ and /webjars/, and the
 *       public board's page /public/commitments: {@link #PAGE_POLICY}.</li>
 *   <li>/camunda (Tasklist, Cockpit, Admin and their API) is left to the webapps' own header filter.</li>
 * </ul>
 * HSTS, when configured, goes on every response.
 */
final class SecurityHeadersFilter extends OncePerRequestFilter {

  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  /**
   * Scripts only from this server, never inline or evaluated. Styles from this server; style attributes are
   * allowed because bpmn-js writes some in its overlay and logo markup (they cannot run code), while
   * {@code style-src-elem} keeps injected {@code <style>} elements and foreign stylesheets out in browsers that
   * know it. ECharts draws on a canvas and sets its styles through the DOM, which CSP does not restrict.
   */
  static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      + "style-src-elem 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
      + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

  static final String FRAME_POLICY = "frame-ancestors 'none'";

  private final String strictTransportSecurity;

  /** @param strictTransportSecurity the HSTS value, or blank for none (plain HTTP in demo mode) */
  SecurityHeadersFilter(String strictTransportSecurity) {
    this.strictTransportSecurity = strictTransportSecurity == null ? "" : strictTransportSecurity.trim();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!strictTransportSecurity.isEmpty()) {
      response.setHeader("Strict-Transport-Security", strictTransportSecurity);
    }
    String policy = policyFor(request.getRequestURI().substring(request.getContextPath().length()));
    if (policy != null) {
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("X-Frame-Options", "DENY");
      response.setHeader("Content-Security-Policy", policy);
    }
    chain.doFilter(request, response);
  }

  /** The CSP for a path, or null for the Camunda webapps. */
  static String policyFor(String path) {
    if (isUnder(path, "/camunda")) {
      return null;
    }
    if (isUnder(path, "/api") || isUnder(path, "/public/api") || isUnder(path, "/engine-rest") || isUnder(path, "/actuator")
        || isUnder(path, "/v3/api-docs")) {
      return API_POLICY;
    }
    if (isUnder(path, "/swagger-ui") || path.equals("/swagger-ui.html")) {
      return FRAME_POLICY;
    }
    return PAGE_POLICY;
  }

  private static boolean isUnder(String path, String prefix) {
    return path.equals(prefix) || path.startsWith(prefix + "/");
  }
}
