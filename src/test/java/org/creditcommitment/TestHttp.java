package org.creditcommitment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for integration tests: demo users log in with the demo password. */
public class TestHttp {

  public static final String DEMO_PASSWORD = "demo";
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private final int port;

  public TestHttp(int port) {
    this.port = port;
  }

  public HttpResponse<String> get(String path, String user) {
    return send(request(path, user, DEMO_PASSWORD).GET());
  }

  public HttpResponse<String> get(String path, String user, String password) {
    return send(request(path, user, password).GET());
  }

  public HttpResponse<String> post(String path, String user, String json) {
    return send(request(path, user, DEMO_PASSWORD).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  public HttpResponse<String> put(String path, String user, String json) {
    return send(request(path, user, DEMO_PASSWORD).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  public HttpResponse<String> delete(String path, String user) {
    return send(request(path, user, DEMO_PASSWORD).DELETE());
  }

  public HttpResponse<String> send(HttpRequest.Builder builder) {
    return send(builder, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  public <T> HttpResponse<T> send(HttpRequest.Builder builder, HttpResponse.BodyHandler<T> body) {
    try {
      return CLIENT.send(builder.build(), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpRequest.Builder request(String path, String user, String password) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (user != null) {
      String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      builder.header("Authorization", "Basic " + token);
    }
    return builder;
  }
}
