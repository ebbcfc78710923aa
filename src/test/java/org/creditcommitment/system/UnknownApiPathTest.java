package org.creditcommitment.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.creditcommitment.IntegrationTest;
import org.junit.jupiter.api.Test;

/** /api paths no controller serves answer like every other /api refusal: problem+json, not Spring's error body. */
class UnknownApiPathTest extends IntegrationTest {

  @Test
  void anUnknownApiPathIsAProblem404() {
    HttpResponse<String> response = http.get("/api/no-such-thing", "clerk");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
    assertThat(response.body()).contains("\"code\":\"not-found\"").contains("接口不存在").contains("No such API path");
  }

  @Test
  void anUnknownApiPathStillNeedsALogin() {
    assertThat(http.get("/api/no-such-thing", null).statusCode()).isEqualTo(401);
  }

  @Test
  void aWrongMethodOnTheApiIsAProblem405() {
    HttpResponse<String> response = http.delete("/api/me", "clerk");

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
    assertThat(response.body()).contains("\"code\":\"method-not-allowed\"");
  }
}
