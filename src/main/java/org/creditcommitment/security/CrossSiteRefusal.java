package org.creditcommitment.security;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.creditcommitment.system.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Another site's page may make a browser send requests here with the official's cookies (and, had the browser ever
 * answered a Basic challenge, the official's password); it cannot read the answers, but the request itself may
 * write: a form posted to /api opened a credit report as the clerk, a multipart form to /engine-rest deployed a model
 * as the administrator. So:
 * <ul>
 *   <li>/api refuses every cross-site request, reads too: none is ever needed from another site, and some reads
 *       leave a trace (a document's PDF is recorded as 打印文书 under the official's name).</li>
 *   <li>/engine-rest and the webapps' /camunda/api refuse cross-site writes (any method but GET, HEAD, OPTIONS).</li>
 * </ul>
 * A request is cross-site when the browser says so: {@code Sec-Fetch-Site} other than {@code same-origin} or
 * {@code none} (typed or bookmarked), or, from a browser that does not send it, an {@code Origin} other than this
 * request's own scheme, host and port (behind a reverse proxy, as {@code server.forward-headers-strategy} makes
 * the request see them). A request with neither header is not a browser's: machine clients (the portal, scripts)
 * pass. Pages cannot set or remove either header.
 */
class CrossSiteRefusal extends OncePerRequestFilter {

  static final String[] PATHS = {"/api/*", "/engine-rest/*", "/camunda/api/*"};

  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (isCrossSite(request) && (isProductApi(request) || !READS.contains(request.getMethod()))) {
      Problems.write(response, HttpStatus.FORBIDDEN, "cross-site-request",
          "拒绝来自其他网站的请求：请在本系统的页面中操作",
          "Refused: the request was sent by another site's page; use this system's own pages");
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean isCrossSite(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null) {
      String value = site.trim().toLowerCase(Locale.ROOT);
      return !value.equals("same-origin") && !value.equals("none");
    }
    String origin = request.getHeader("Origin");
    return origin != null && !isOwnOrigin(origin.trim(), request);
  }

  /** Scheme, host and port as the browser wrote them (ports made explicit) against the request's own. */
  private static boolean isOwnOrigin(String origin, HttpServletRequest request) {
    URI uri;
    try {
      uri = new URI(origin);
    } catch (URISyntaxException notAnOrigin) {
      return false; // "null" (a sandboxed frame, a file) or garbage: not this server
    }
    if (uri.getScheme() == null || uri.getHost() == null) {
      return false;
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort() != -1 ? uri.getPort() : defaultPort(scheme);
    return scheme.equals(request.getScheme().toLowerCase(Locale.ROOT))
        && uri.getHost().equalsIgnoreCase(request.getServerName()) && port == request.getServerPort();
  }

  private static int defaultPort(String scheme) {
    return "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
  }

  private static boolean isProductApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api") || path.startsWith("/api/");
  }
}
