package org.creditcommitment.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.creditcommitment.system.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Wrong passwords cost the sender, not the account: an address that failed to log in {@code maxFailures} times
 * within {@code window} gets 429 for every login attempt until the window has passed. Counts failed logins
 * only, requests that carried credentials and were refused with 401, on /api, /engine-rest and the webapps'
 * login; a request without credentials is a question, not a guess.
 *
 * <p>A successful login does not clear the address's failures: otherwise an attacker who holds any account (the
 * portal's, a colleague's) logs into it between guesses and never reaches the limit. This throttle is the only
 * brake on guessing: the engine's own delay per user is switched off (application.yaml), because a stranger's one
 * wrong guess a minute would keep that user, the single portal account included, out for good.
 *
 * <p>The address is the connection's; behind a reverse proxy set {@code server.forward-headers-strategy} so
 * that it is the client's.
 */
class LoginThrottle extends OncePerRequestFilter {

  private static final int FORGET_ABOVE = 10_000;

  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  LoginThrottle(int maxFailures, Duration window, Clock clock) {
    this.maxFailures = maxFailures;
    this.window = window;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!isLoginAttempt(request)) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    Instant now = clock.instant();
    Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
    synchronized (recent) {
      while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(window))) {
        recent.pollFirst();
      }
      if (recent.size() >= maxFailures) {
        long minutes = Math.max(1, Duration.between(now, recent.peekFirst().plus(window)).toMinutes() + 1);
        response.setHeader("Retry-After", String.valueOf(minutes * 60));
        Problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-failed-logins",
            "登录失败次数过多，请 " + minutes + " 分钟后再试", "Too many failed logins; try again in " + minutes
                + " minutes");
        return;
      }
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
      synchronized (recent) {
        recent.addLast(now);
      }
      forgetQuietAddresses(now);
    }
  }

  /**
   * Keeps the memory bounded now that a success no longer removes an address: once many addresses are known, those
   * without a failure inside the window are dropped (a guess racing with the drop may go uncounted, once).
   */
  private void forgetQuietAddresses(Instant now) {
    if (failures.size() < FORGET_ABOVE) {
      return;
    }
    failures.forEach((address, recent) -> {
      synchronized (recent) {
        if (recent.isEmpty() || recent.peekLast().isBefore(now.minus(window))) {
          failures.remove(address, recent);
        }
      }
    });
  }

  private static boolean isLoginAttempt(HttpServletRequest request) {
    return request.getHeader("Authorization") != null
        || ("POST".equals(request.getMethod()) && request.getRequestURI().contains("/auth/user/")
            && request.getRequestURI().contains("/login/"));
  }
}
