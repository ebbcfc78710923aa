package org.creditcommitment.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.commitment.CaseScenarios;
import org.creditcommitment.documents.Documents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Another site's page cannot act through an official's browser: its writes to /api, /engine-rest and the webapps'
 * API are refused, so are its reads of /api (a PDF download is recorded under the official's name), and no 401
 * invites the browser to keep a password for HTTP Basic. Browsers on this server's own pages and machine clients
 * are not affected.
 */
class CrossSiteRequestsTest extends IntegrationTest {

  private static final String EVIL = "https://evil.example";

  @Autowired CaseScenarios scenarios;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aCrossSiteWriteToTheApiIsRefusedAndWritesNothing() {
    String subject = scenarios.subject("AA");

    HttpResponse<String> forged = http.send(http.request("/api/subjects/" + subject + "/credit-reports", "clerk", "demo")
        .header("Origin", EVIL).header("Sec-Fetch-Site", "cross-site").POST(HttpRequest.BodyPublishers.noBody()));
    HttpResponse<String> olderBrowser = http.send(http.request("/api/subjects/" + subject + "/credit-reports", "clerk",
        "demo").header("Origin", EVIL).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{}")));

    for (HttpResponse<String> refused : java.util.List.of(forged, olderBrowser)) {
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
          assertThat(type).startsWith("application/problem+json"));
      assertThat(refused.body()).contains("cross-site-request", "其他网站", "another site");
    }
    assertThat(http.get("/api/subjects/" + subject + "/credit-reports", "clerk").body()).isEqualTo("[]");
  }

  @Test
  void aCrossSiteDeploymentIsRefused() {
    String boundary = "cross-site-boundary";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nforged\r\n"
        + "--" + boundary + "--\r\n";

    HttpResponse<String> forged = http.send(http.request("/engine-rest/deployment/create", "admin", "demo")
        .header("Origin", EVIL).header("Sec-Fetch-Site", "cross-site")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body)));

    assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
    assertThat(processEngine.getRepositoryService().createDeploymentQuery().deploymentName("forged").count()).isZero();
  }

  @Test
  void aCrossSiteDownloadOfAStaffPdfIsRefusedAndNotRecorded() throws Exception {
    String subject = scenarios.subject("AA");
    HttpResponse<String> issued = http.post("/api/subjects/" + subject + "/credit-reports", "clerk", "{}");
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    long id = new ObjectMapper().readTree(issued.body()).get("id").asLong();
    int printedBefore = printedByClerk();

    HttpResponse<String> forged = http.send(http.request("/api/documents/" + id + "/pdf", "clerk", "demo")
        .header("Sec-Fetch-Site", "cross-site").GET());
    HttpResponse<byte[]> own = http.send(http.request("/api/documents/" + id + "/pdf", "clerk", "demo")
        .header("Sec-Fetch-Site", "same-origin").GET(), HttpResponse.BodyHandlers.ofByteArray());

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(printedByClerk()).as("only the own page's download is recorded").isEqualTo(printedBefore + 1);
  }

  @Test
  void thisServersOwnPagesAndMachineClientsWriteAsBefore() {
    String subject = scenarios.subject("AA");
    String own = "http://localhost:" + port;

    HttpResponse<String> samePage = http.send(http.request("/api/subjects/" + subject + "/credit-reports", "clerk",
        "demo").header("Origin", own).header("Sec-Fetch-Site", "same-origin").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{}")));
    HttpResponse<String> olderBrowser = http.send(http.request("/api/subjects/" + subject + "/credit-reports", "clerk",
        "demo").header("Origin", own).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{}")));
    HttpResponse<String> machine = http.post("/api/subjects/" + subject + "/credit-reports", "portal", "{}");
    HttpResponse<String> typedIntoTheAddressBar = http.send(http.request("/api/me", "clerk", "demo")
        .header("Sec-Fetch-Site", "none").GET());

    assertThat(samePage.statusCode()).as(samePage.body()).isEqualTo(201);
    assertThat(olderBrowser.statusCode()).as(olderBrowser.body()).isEqualTo(201);
    assertThat(machine.statusCode()).as(machine.body()).isEqualTo(201);
    assertThat(typedIntoTheAddressBar.statusCode()).isEqualTo(200);
  }

  @Test
  void theWebappsLoginFromTheirOwnPageStillWorksAndAForeignOneIsRefused() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String token = browser.send(HttpRequest.newBuilder(uri("/camunda/app/welcome/default/")).GET().build(),
        HttpResponse.BodyHandlers.ofString()).headers().firstValue("X-XSRF-TOKEN").orElseThrow();

    HttpResponse<String> foreign = browser.send(login(token).header("Origin", EVIL).build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> own = browser.send(login(token).header("Origin", "http://localhost:" + port)
        .header("Sec-Fetch-Site", "same-origin").build(), HttpResponse.BodyHandlers.ofString());

    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
  }

  @Test
  void noLoginInvitesTheBrowserToHttpBasic() {
    for (String path : new String[] {"/api/me", "/engine-rest/task"}) {
      HttpResponse<String> anonymous = http.get(path, null);
      HttpResponse<String> wrong = http.get(path, "clerk", "wrong-password");

      for (HttpResponse<String> refused : java.util.List.of(anonymous, wrong)) {
        assertThat(refused.statusCode()).as(path).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
        assertThat(refused.body()).as(path).contains("需要登录", "Authentication required");
      }
    }
  }

  private HttpRequest.Builder login(String token) {
    return HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/welcome"))
        .header("X-XSRF-TOKEN", token).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=clerk&password=demo", StandardCharsets.UTF_8));
  }

  private int printedByClerk() {
    return jdbc.queryForObject("select count(*) from audit_event where type = ? and actor = ?", Integer.class,
        Documents.PRINTED_EVENT, "clerk");
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
