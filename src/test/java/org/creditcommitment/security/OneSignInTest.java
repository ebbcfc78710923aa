package org.creditcommitment.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.creditcommitment.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A login of the Camunda webapps also signs the officials' own pages in: /api reads on that session, but writes on it
 * only with the session's CSRF token (the session cookie goes with any request a browser makes; the token only a
 * page of this server can read).
 */
class OneSignInTest extends IntegrationTest {

  private HttpClient browser;
  private String csrf;

  @BeforeEach
  void signInToTheWebapps() throws Exception {
    browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<String> welcome = browser.send(get("/camunda/app/welcome/default/"), HttpResponse.BodyHandlers.ofString());
    String loginToken = welcome.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/welcome"))
        .header("X-XSRF-TOKEN", loginToken).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=auditor&password=demo")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    // a login starts a new session and with it a new token, which the webapps' pages hand out
    csrf = browser.send(get("/camunda/app/welcome/default/"), HttpResponse.BodyHandlers.ofString())
        .headers().firstValue("X-XSRF-TOKEN").orElseThrow();
  }

  @Test
  void theWebappLoginReadsTheApiUnderTheUsersName() throws Exception {
    HttpResponse<String> me = browser.send(get("/api/me"), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("\"userId\":\"auditor\"", "孙丽", "审计");
  }

  @Test
  void theWebappLoginCannotWriteThroughTheApi() throws Exception {
    HttpResponse<String> write = browser.send(HttpRequest.newBuilder(uri("/api/cases"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(write.statusCode()).isEqualTo(401);
  }

  @Test
  void aWriteWithTheSessionsCsrfTokenIsTheUsersAndOneWithAnotherTokenIsRefused() throws Exception {
    HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(uri("/api/cases"))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", "0".repeat(csrf.length()))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    // the auditor may not open cases: with the right token the request is the auditor's, and refused as theirs
    HttpResponse<String> own = browser.send(HttpRequest.newBuilder(uri("/api/cases"))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrf)
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

    // the product's pages take the token from /api/me, which only a page of this server can read
    assertThat(browser.send(get("/api/me"), HttpResponse.BodyHandlers.ofString()).body())
        .contains("\"csrfToken\":\"" + csrf + "\"");
    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(own.statusCode()).as(own.body()).isEqualTo(403);
  }

  @Test
  void withoutAnyLoginTheApiAsksForOne() throws Exception {
    HttpResponse<String> me = HttpClient.newHttpClient().send(get("/api/me"), HttpResponse.BodyHandlers.ofString());

    assertThat(me.statusCode()).isEqualTo(401);
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(uri(path)).GET().build();
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
