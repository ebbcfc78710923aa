package org.creditcommitment.system;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What the public reaches without a login is limited per client address: only the methods of that surface (any
 * other 405; the public board only reads, document verification also takes an upload to compare), and at most
 * {@code perMinute} requests per address in each minute of the clock (fixed windows), beyond that 429 with
 * {@code Retry-After} (the seconds to the next minute). Both answers are problem+json in Chinese and English.
 *
 * <p>The address is the connection's; behind a reverse proxy set {@code server.forward-headers-strategy} so that it
 * is the client's (docs/public-board.md), or every reader shares the proxy's budget.
 */
public class PublicRateLimit extends OncePerRequestFilter {

  /** Above this many tracked addresses, the windows that are over are dropped. */
  private static final int SWEEP_ABOVE = 10_000;

  private volatile int perMinute;
  private final Clock clock;
  private final Set<String> methods;
  private final String surfaceZh;
  private final String surfaceEn;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  /**
   * @param methods the methods this surface answers, e.g. GET and HEAD
   * @param surfaceZh what is refused another method, in the 405's message: 公示信息
   * @param surfaceEn the same in English: The public board
   */
  public PublicRateLimit(int perMinute, Clock clock, Set<String> methods, String surfaceZh, String surfaceEn) {
    this.perMinute = perMinute;
    this.clock = clock;
    this.methods = Set.copyOf(methods);
    this.surfaceZh = surfaceZh;
    this.surfaceEn = surfaceEn;
  }

  /** One address's requests in one minute. */
  private static final class Window {
    long minute;
    int requests;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String method = request.getMethod();
    if (!methods.contains(method)) {
      response.setHeader("Allow", String.join(", ", methods.stream().sorted().toList()));
      Problems.write(response, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
          surfaceZh + "不支持该请求方法：" + method, surfaceEn + " does not answer the method " + method);
      return;
    }
    long millis = clock.millis();
    long minute = Math.floorDiv(millis, 60_000L);
    if (windows.size() > SWEEP_ABOVE) {
      windows.values().removeIf(w -> w.minute < minute);
    }
    Window window = windows.computeIfAbsent(request.getRemoteAddr(), a -> new Window());
    boolean refused;
    synchronized (window) {
      if (window.minute != minute) {
        window.minute = minute;
        window.requests = 0;
      }
      refused = window.requests >= perMinute;
      if (!refused) {
        window.requests++;
      }
    }
    if (refused) {
      long retryAfter = Math.max(1, ((minute + 1) * 60_000L - millis + 999) / 1000);
      response.setHeader("Retry-After", String.valueOf(retryAfter));
      Problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
          "查询过于频繁，请 " + retryAfter + " 秒后再试", "Too many requests; try again in " + retryAfter + " seconds");
      return;
    }
    chain.doFilter(request, response);
  }

  public int perMinute() {
    return perMinute;
  }

  /** For tests: another limit, every address's count forgotten. */
  public void reset(int perMinute) {
    this.perMinute = perMinute;
    windows.clear();
  }
}
