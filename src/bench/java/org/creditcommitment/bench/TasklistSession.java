package org.creditcommitment.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * What Tasklist does over HTTP, as an official's browser does it: one login to the webapps (session cookie and CSRF
 * token), then the calls Tasklist makes when the official opens it — the filter's count, its first page with the
 * filter's card variables (HAL, as Tasklist asks for them), and the form variables of the first task.
 */
final class TasklistSession {

  private static final String API = "/camunda/api/engine/engine/default";

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;
  private String csrf;

  TasklistSession(int port) {
    this.base = "http://localhost:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  void logIn(String user, String password) {
    // the webapps hand out their CSRF token in a response header; every later response may renew it
    send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).GET(), 200);
    send(withCsrf(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))), 200);
    // a GET after the login, as Tasklist's first call: the new session's token comes with it
    HttpResponse<String> me = sendRaw(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default"))
        .GET());
    me.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrf = token);
  }

  String count(String filterId) {
    return send(withCsrf(HttpRequest.newBuilder(URI.create(base + API + "/filter/" + filterId + "/count")))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")), 200);
  }

  /** The first page, due date first as Tasklist sorts by default, with the filter's variables embedded. */
  String firstPage(String filterId, int size) {
    return send(withCsrf(HttpRequest.newBuilder(URI.create(base + API + "/filter/" + filterId
        + "/list?firstResult=0&maxResults=" + size))).header("Content-Type", "application/json")
        .header("Accept", "application/hal+json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}")),
        200);
  }

  String formVariables(String taskId) {
    return send(withCsrf(HttpRequest.newBuilder(URI.create(base + API + "/task/" + taskId
        + "/form-variables?deserializeValues=false"))).GET(), 200);
  }

  /** The webapps renew their CSRF token with the session (a login starts a new one): send the latest. */
  private HttpRequest.Builder withCsrf(HttpRequest.Builder builder) {
    return csrf == null ? builder : builder.header("X-XSRF-TOKEN", csrf);
  }

  private HttpResponse<String> sendRaw(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String send(HttpRequest.Builder request, int expected) {
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrf = token);
      if (response.statusCode() != expected) {
        throw new IllegalStateException(request.build().uri() + " answered " + response.statusCode() + ": "
            + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
