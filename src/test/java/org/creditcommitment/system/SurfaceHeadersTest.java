package org.creditcommitment.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Optional;

import org.creditcommitment.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The product's own paths carry nosniff, no framing and a Content-Security-Policy. */
class SurfaceHeadersTest extends IntegrationTest {

  @Test
  void theApiMayLoadNothingAndNotBeFramed() {
    HttpResponse<String> me = http.get("/api/me", "clerk");

    assertThat(me.statusCode()).isEqualTo(200);
    assertProtected(me, "default-src 'none'; frame-ancestors 'none'");
  }

  @Test
  void refusalsCarryTheHeadersToo() {
    HttpResponse<String> anonymous = http.get("/api/me", null);

    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertProtected(anonymous, "default-src 'none'; frame-ancestors 'none'");
  }

  @Test
  void theOfficialsPagesLoadOnlyFromThisServerAndCannotBeFramed() {
    for (String path : new String[] {"/audit/", "/statistics/", "/work/", "/work/work.js", "/common/officials.js", "/common/officials.css",
        "/public/commitments", "/public/commitments/board.js"}) {
      HttpResponse<String> page = http.get(path, null);

      assertThat(page.statusCode()).as(path).isEqualTo(200);
      assertProtected(page, SecurityHeadersFilter.PAGE_POLICY);
    }
  }

  @Test
  void thePagesNeedNothingThePolicyForbids() {
    for (String path : new String[] {"/audit/", "/statistics/", "/work/", "/public/commitments"}) {
      String html = http.get(path, null).body();
      // no inline script, no inline event handler, nothing from another origin
      assertThat(html).as(path).doesNotContainPattern("<script(?![^>]*\\ssrc=)").doesNotContainPattern("\\son[a-z]+=")
          .doesNotContain("http://").doesNotContain("https://").doesNotContain("<style");
    }
  }

  @Test
  void noHstsWithoutTheProdProfile() {
    assertThat(http.get("/api/me", "clerk").headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  @Test
  void theWebappsKeepTheirOwnHeaders() {
    HttpResponse<String> tasklist = http.get("/camunda/app/tasklist/default/", null);

    assertThat(tasklist.statusCode()).isEqualTo(200);
    // Camunda's header filter sets its own policy (with the nonce its pages need); ours would break Tasklist
    assertThat(tasklist.headers().firstValue("Content-Security-Policy"))
        .isNotEqualTo(Optional.of(SecurityHeadersFilter.PAGE_POLICY));
  }

  private static void assertProtected(HttpResponse<String> response, String policy) {
    String at = response.uri().getPath();
    assertThat(response.headers().firstValue("X-Content-Type-Options")).as(at).hasValue("nosniff");
    assertThat(response.headers().firstValue("X-Frame-Options")).as(at).hasValue("DENY");
    assertThat(response.headers().firstValue("Content-Security-Policy")).as(at).hasValue(policy);
  }
}
