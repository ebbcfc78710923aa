package org.creditcommitment.security.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The portal calls /api with a bearer token of the organisation's provider (client-credentials grant), not with a
 * shared password: a token of a configured client acts in that client's group, anything else is refused without
 * detail, and the portal's password no longer opens /api.
 */
class ApiTokensTest extends SsoIntegrationTest {

  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

  @Test
  void thePortalsClientCallsTheApiWithItsTokenInThePortalsGroup() {
    HttpResponse<String> templates = withToken("/api/voluntary-templates", token(TestIdentityProvider.PORTAL_CLIENT));

    assertThat(templates.statusCode()).isEqualTo(200);
  }

  @Test
  void aTokenOfAClientThisServerDoesNotKnowIs403() {
    HttpResponse<String> refused = withToken("/api/voluntary-templates", token(TestIdentityProvider.OTHER_CLIENT));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).doesNotContain(TestIdentityProvider.OTHER_CLIENT);
  }

  @Test
  void aForgedOrAlteredTokenIs401WithoutDetail() {
    String token = token(TestIdentityProvider.PORTAL_CLIENT);
    String[] parts = token.split("\\.");
    String forgedClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
        "{\"sub\":\"portal-gateway\",\"iss\":\"elsewhere\"}".getBytes(StandardCharsets.UTF_8));

    for (String wrong : new String[] {parts[0] + "." + forgedClaims + "." + parts[2], "not-a-token"}) {
      HttpResponse<String> refused = withToken("/api/voluntary-templates", wrong);
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.body()).contains("messageZh").doesNotContain("signature", "Jwt", "issuer", "elsewhere");
    }
  }

  @Test
  void withTokensOnThePortalsSharedPasswordNoLongerOpensTheApiAndOfficialsKeepTheirs() {
    assertThat(http.get("/api/voluntary-templates", "portal").statusCode()).isEqualTo(401);
    assertThat(http.get("/api/voluntary-templates", "clerk").statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> withToken(String path, String token) {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Bearer " + token).GET());
  }

  private String token(String client) {
    String basic = Base64.getEncoder().encodeToString((client + ":" + TestIdentityProvider.CLIENT_SECRET)
        .getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(TestIdentityProvider.issuer()
            + "/oauth2/token"))
        .header("Authorization", "Basic " + basic)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=credit-commitment.api")));
    Matcher token = ACCESS_TOKEN.matcher(answer.body());
    assertThat(token.find()).as(answer.body()).isTrue();
    return token.group(1);
  }
}
