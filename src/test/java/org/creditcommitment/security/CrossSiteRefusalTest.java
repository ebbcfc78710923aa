package org.creditcommitment.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.filter.ForwardedHeaderFilter;

/** Which requests count as another site's, also behind a reverse proxy. */
class CrossSiteRefusalTest {

  private final CrossSiteRefusal refusal = new CrossSiteRefusal();

  @Test
  void anOriginIsSameOnlyWithTheSameSchemeHostAndPort() throws Exception {
    assertThat(passes(post("/api/cases").origin("http://localhost:8080"))).isTrue();
    assertThat(passes(post("/api/cases").origin("https://localhost:8080"))).isFalse();
    assertThat(passes(post("/api/cases").origin("http://localhost:8081"))).isFalse();
    assertThat(passes(post("/api/cases").origin("http://localhost.evil.example:8080"))).isFalse();
    assertThat(passes(post("/api/cases").origin("null"))).isFalse();
  }

  @Test
  void theBrowsersOwnVerdictDecidesWhenItSendsOne() throws Exception {
    assertThat(passes(post("/engine-rest/deployment/create").site("same-site"))).isFalse();
    assertThat(passes(post("/engine-rest/deployment/create").site("cross-site"))).isFalse();
    assertThat(passes(post("/engine-rest/deployment/create").site("same-origin"))).isTrue();
    assertThat(passes(post("/engine-rest/deployment/create").site("none"))).isTrue();
  }

  @Test
  void readsAreRefusedOnTheApiOnlyAndMachineClientsAlwaysPass() throws Exception {
    assertThat(passes(get("/api/documents/7/pdf").site("cross-site"))).isFalse();
    assertThat(passes(get("/engine-rest/task").site("cross-site"))).isTrue();
    assertThat(passes(get("/camunda/api/engine/engine/default/task").site("cross-site"))).isTrue();
    assertThat(passes(post("/camunda/api/engine/engine/default/task/1/complete").site("cross-site"))).isFalse();
    assertThat(passes(post("/api/cases"))).as("neither header: not a browser").isTrue();
  }

  @Test
  void behindAProxyTheOriginIsComparedWithTheAddressTheClientUsed() throws Exception {
    Request proxied = post("/api/cases").origin("https://zwfw.example.gov.cn");
    proxied.request.addHeader("X-Forwarded-Proto", "https");
    proxied.request.addHeader("X-Forwarded-Host", "zwfw.example.gov.cn");
    proxied.request.addHeader("X-Forwarded-Port", "443");

    assertThat(passes(post("/api/cases").origin("https://zwfw.example.gov.cn"))).as("without forwarded headers")
        .isFalse();
    AtomicBoolean passed = new AtomicBoolean();
    // what server.forward-headers-strategy=framework installs in front of every filter
    new ForwardedHeaderFilter().doFilter(proxied.request, new MockHttpServletResponse(),
        (req, res) -> refusal.doFilter(req, res, (inner, out) -> passed.set(true)));
    assertThat(passed).isTrue();
  }

  private boolean passes(Request request) throws Exception {
    AtomicBoolean passed = new AtomicBoolean();
    MockHttpServletResponse response = new MockHttpServletResponse();
    refusal.doFilter(request.request, response, (req, res) -> passed.set(true));
    if (!passed.get()) {
      assertThat(response.getStatus()).isEqualTo(403);
      assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("其他网站");
    }
    return passed.get();
  }

  private static Request post(String path) {
    return new Request("POST", path);
  }

  private static Request get(String path) {
    return new Request("GET", path);
  }

  /** A request to http://localhost:8080. */
  private static final class Request {
    final MockHttpServletRequest request;

    Request(String method, String path) {
      request = new MockHttpServletRequest(method, path);
      request.setScheme("http");
      request.setServerName("localhost");
      request.setServerPort(8080);
    }

    Request origin(String origin) {
      request.addHeader("Origin", origin);
      return this;
    }

    Request site(String site) {
      request.addHeader("Sec-Fetch-Site", site);
      return this;
    }
  }
}
