package org.creditcommitment.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.creditcommitment.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The body limit of /api also holds on the engine's surface: /engine-rest and the webapps' /camunda/api, which
 * Tasklist calls. Deployments have a larger limit of their own (BodyLimitFilterTest checks its edge).
 */
class RequestSizeLimitTest extends IntegrationTest {

  /** A task query padded beyond cc.engine.max-request-size (256KB). */
  private static final String HUGE_QUERY = "{\"processInstanceBusinessKey\":\"" + "x".repeat(300 * 1024) + "\"}";

  @Test
  void anOversizedTaskQueryToEngineRestIs413() {
    HttpResponse<String> response = http.post("/engine-rest/task", "clerk", HUGE_QUERY);

    assertTooLarge(response);
  }

  @Test
  void anOversizedBodyToTheWebappsApiIs413BeforeAnyLoginOrCsrfCheck() {
    HttpResponse<String> response = http.send(http.request("/camunda/api/engine/engine/default/task", null, null)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(HUGE_QUERY, StandardCharsets.UTF_8)));

    assertTooLarge(response);
  }

  @Test
  void aSmallTaskQueryStillWorks() {
    HttpResponse<String> response = http.post("/engine-rest/task", "clerk", "{\"active\":true}");

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void aDeploymentLargerThanTheEngineLimitIsNotRefusedForItsSize() {
    // malformed on purpose: nothing is deployed, and the 400 shows the body reached the engine's parser
    String boundary = "----cc" + UUID.randomUUID();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nlarge-broken"
        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"large.bpmn\"; filename=\"large.bpmn\""
        + "\r\nContent-Type: application/octet-stream\r\n\r\n<definitions>" + "<!-- padding -->".repeat(20_000)
        + "\r\n--" + boundary + "--\r\n";
    assertThat(body.length()).isGreaterThan(300 * 1024);

    HttpResponse<String> response = http.send(http.request("/engine-rest/deployment/create", "admin", "demo")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
  }

  private static void assertTooLarge(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
    assertThat(response.body()).contains("\"code\":\"too-large\"").contains("messageZh").contains("messageEn")
        .contains("请求内容过大");
  }
}
