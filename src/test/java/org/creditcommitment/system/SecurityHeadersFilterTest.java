package org.creditcommitment.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which paths get which headers, and HSTS (set by the prod profile, see ProdHardeningTest). */
class SecurityHeadersFilterTest {

  @Test
  void dataPathsMayLoadNothingPagesOnlyFromThisServerAndTheWebappsAreLeftAlone() {
    for (String path : new String[] {"/api/me", "/api", "/engine-rest/task", "/actuator/info", "/v3/api-docs",
        "/public/api/commitments", "/public/api/commitments/filters"}) {
      assertThat(SecurityHeadersFilter.policyFor(path)).as(path)
          .isEqualTo("default-src 'none'; frame-ancestors 'none'");
    }
    for (String path : new String[] {"/audit/", "/statistics/", "/common/officials.js", "/webjars/echarts/5.3.1/x.js",
        "/", "/apis", "/camundas", "/public/commitments", "/public/commitments/board.js", "/public/apis"}) {
      assertThat(SecurityHeadersFilter.policyFor(path)).as(path).isEqualTo(SecurityHeadersFilter.PAGE_POLICY);
    }
    assertThat(SecurityHeadersFilter.policyFor("/swagger-ui/index.html")).isEqualTo("frame-ancestors 'none'");
    assertThat(SecurityHeadersFilter.policyFor("/camunda/app/tasklist/default/")).isNull();
    assertThat(SecurityHeadersFilter.policyFor("/camunda/api/engine/engine/default/task")).isNull();
  }

  @Test
  void thePagePolicyRunsNoInlineOrEvaluatedScriptAndForbidsFraming() {
    assertThat(SecurityHeadersFilter.PAGE_POLICY).contains("script-src 'self';").doesNotContain("unsafe-eval")
        .contains("frame-ancestors 'none'").contains("img-src 'self' data:").contains("connect-src 'self'")
        .contains("base-uri 'self'").contains("form-action 'self'").contains("style-src-elem 'self'");
    assertThat(SecurityHeadersFilter.PAGE_POLICY.split("script-src")[1].split(";")[0]).doesNotContain("unsafe-inline");
  }

  @Test
  void everyProductResponseGetsNosniffAndDeny() throws Exception {
    MockHttpServletResponse response = filter(new SecurityHeadersFilter(""), "/audit/");

    assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
    assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeadersFilter.PAGE_POLICY);
    assertThat(response.getHeader("Strict-Transport-Security")).as("none without the prod profile").isNull();
  }

  @Test
  void hstsWhenConfiguredGoesOnEveryResponseTheWebappsIncluded() throws Exception {
    SecurityHeadersFilter prod = new SecurityHeadersFilter("max-age=31536000");

    MockHttpServletResponse tasklist = filter(prod, "/camunda/app/tasklist/default/");
    assertThat(tasklist.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000");
    assertThat(tasklist.getHeader("Content-Security-Policy")).as("the webapps set their own").isNull();

    assertThat(filter(prod, "/api/me").getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000");
    assertThat(filter(prod, "/statistics/").getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000");
  }

  private static MockHttpServletResponse filter(SecurityHeadersFilter filter, String path) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(new MockHttpServletRequest("GET", path), response, (req, res) -> { });
    return response;
  }
}
