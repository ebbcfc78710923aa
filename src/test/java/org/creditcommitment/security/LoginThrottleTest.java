package org.creditcommitment.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.creditcommitment.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class LoginThrottleTest {

  private final MutableClock clock = new MutableClock();
  private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(10), clock);

  @Test
  void anAddressThatKeepsGuessingIsRefusedUntilTheWindowHasPassed() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(attempt("10.0.0.7", 401)).isEqualTo(401);
    }

    assertThat(attempt("10.0.0.7", 200)).as("even the right password waits").isEqualTo(429);
    assertThat(attempt("10.0.0.8", 200)).as("another address is not affected").isEqualTo(200);

    clock.advance(Duration.ofMinutes(11));
    assertThat(attempt("10.0.0.7", 200)).isEqualTo(200);
  }

  @Test
  void aSuccessfulLoginDoesNotClearTheAddressesFailures() throws Exception {
    assertThat(attempt("10.0.0.11", 401)).isEqualTo(401);
    assertThat(attempt("10.0.0.11", 401)).isEqualTo(401);
    assertThat(attempt("10.0.0.11", 200)).as("the attacker's own account").isEqualTo(200);
    assertThat(attempt("10.0.0.11", 401)).isEqualTo(401);

    assertThat(attempt("10.0.0.11", 200)).as("three failures in the window, whatever came between").isEqualTo(429);
  }

  @Test
  void requestsWithoutCredentialsAreNotCountedAsGuesses() throws Exception {
    for (int i = 0; i < 10; i++) {
      MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/me");
      request.setRemoteAddr("10.0.0.9");
      MockHttpServletResponse response = new MockHttpServletResponse();
      throttle.doFilter(request, response, new MockFilterChain(new StatusServlet(401)));
    }

    assertThat(attempt("10.0.0.9", 200)).isEqualTo(200);
  }

  @Test
  void aFailedWebappLoginCountsLikeAWrongPassword() throws Exception {
    for (int i = 0; i < 3; i++) {
      MockHttpServletRequest login = new MockHttpServletRequest("POST", "/camunda/api/admin/auth/user/default/login/welcome");
      login.setRemoteAddr("10.0.0.10");
      throttle.doFilter(login, new MockHttpServletResponse(), new MockFilterChain(new StatusServlet(401)));
    }

    assertThat(attempt("10.0.0.10", 200)).isEqualTo(429);
  }

  private int attempt(String address, int answer) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/me");
    request.setRemoteAddr(address);
    request.addHeader("Authorization", "Basic Y2xlcms6d3Jvbmc=");
    MockHttpServletResponse response = new MockHttpServletResponse();
    throttle.doFilter(request, response, new MockFilterChain(new StatusServlet(answer)));
    return response.getStatus();
  }

  /** Stands for the authentication behind the throttle: answers with a fixed status. */
  static final class StatusServlet extends jakarta.servlet.http.HttpServlet {
    private final int status;

    StatusServlet(int status) {
      this.status = status;
    }

    @Override
    protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse resp) {
      resp.setStatus(status);
    }
  }
}
