package org.creditcommitment.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/** The size limit itself, including what no integration test sends: chunked bodies and large deployments. */
class BodyLimitFilterTest {

  private static final long KB = 1024;

  private final BodyLimitFilter engine = new RequestSizeLimit()
      .engineRequestSizeLimit(DataSize.ofKilobytes(256), DataSize.ofMegabytes(5)).getFilter();

  @Test
  void aDeclaredLengthAboveTheLimitIsRefusedBeforeAnythingRuns() throws Exception {
    MockHttpServletRequest request = post("/engine-rest/task", new byte[(int) (300 * KB)]);
    MockHttpServletResponse response = new MockHttpServletResponse();
    AtomicBoolean ran = new AtomicBoolean();

    engine.doFilter(request, response, (req, res) -> ran.set(true));

    assertThat(ran).isFalse();
    assertTooLarge(response, "256 KB");
  }

  @Test
  void aChunkedBodyThatTurnsOutTooLargeVoidsTheApplicationsOwnAnswer() throws Exception {
    MockHttpServletRequest request = chunked(post("/engine-rest/task", new byte[(int) (300 * KB)]));
    MockHttpServletResponse response = new MockHttpServletResponse();

    // like Jersey: the failing read ends in the framework's own error answer, not in an exception
    engine.doFilter(request, response, (req, res) -> {
      try {
        req.getInputStream().readAllBytes();
      } catch (IOException e) {
        HttpServletResponse http = (HttpServletResponse) res;
        http.setStatus(500);
        http.setContentType("application/json");
        http.getWriter().write("{\"type\":\"ProcessEngineException\"}");
        http.flushBuffer();
      }
    });

    assertTooLarge(response, "256 KB");
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("ProcessEngineException");
  }

  @Test
  void aChunkedBodyThatTurnsOutTooLargeAndEndsInAnExceptionIs413() throws Exception {
    MockHttpServletRequest request =
        chunked(post("/camunda/api/engine/engine/default/task", new byte[(int) (300 * KB)]));
    MockHttpServletResponse response = new MockHttpServletResponse();

    engine.doFilter(request, response, (req, res) -> {
      req.getInputStream().readAllBytes();
    });

    assertTooLarge(response, "256 KB");
  }

  @Test
  void aBodyWithinTheLimitReachesTheApplicationUntouched() throws Exception {
    MockHttpServletRequest request = chunked(post("/engine-rest/task", "{\"active\":true}".getBytes()));
    MockHttpServletResponse response = new MockHttpServletResponse();

    engine.doFilter(request, response, echo());

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentAsString()).isEqualTo("{\"active\":true}");
  }

  @Test
  void aDeploymentMayCarryWholeModelsUpToItsOwnLimit() throws Exception {
    MockHttpServletResponse accepted = new MockHttpServletResponse();
    AtomicBoolean ran = new AtomicBoolean();
    engine.doFilter(post("/engine-rest/deployment/create", new byte[(int) (1024 * KB)]), accepted,
        (req, res) -> ran.set(true));
    assertThat(ran).as("1 MB deployment reaches the engine").isTrue();

    MockHttpServletResponse webappDeployment = new MockHttpServletResponse();
    engine.doFilter(post("/camunda/api/engine/engine/default/deployment/create", new byte[(int) (6 * 1024 * KB)]),
        webappDeployment, (req, res) -> { });
    assertTooLarge(webappDeployment, "5120 KB");

    MockHttpServletResponse otherCall = new MockHttpServletResponse();
    engine.doFilter(post("/engine-rest/deployment", new byte[(int) (1024 * KB)]), otherCall, (req, res) -> { });
    assertTooLarge(otherCall, "256 KB");
  }

  private static void assertTooLarge(MockHttpServletResponse response, String limit) throws Exception {
    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(body).contains("\"code\":\"too-large\"").contains("请求内容过大").contains("The request body is too large")
        .contains(limit);
  }

  private static MockHttpServletRequest post(String uri, byte[] body) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
    request.setContent(body);
    request.setContentType("application/json");
    return request;
  }

  /** The same request without a Content-Length, as with Transfer-Encoding: chunked. */
  private static MockHttpServletRequest chunked(MockHttpServletRequest request) {
    MockHttpServletRequest chunked = new MockHttpServletRequest("POST", request.getRequestURI()) {
      @Override
      public long getContentLengthLong() {
        return -1;
      }

      @Override
      public int getContentLength() {
        return -1;
      }
    };
    chunked.setContent(request.getContentAsByteArray());
    chunked.setContentType(request.getContentType());
    return chunked;
  }

  private static FilterChain echo() {
    return new FilterChain() {
      @Override
      public void doFilter(ServletRequest req, ServletResponse res) throws IOException, ServletException {
        byte[] body = req.getInputStream().readAllBytes();
        res.setContentType("application/json");
        res.getOutputStream().write(body);
      }
    };
  }
}
