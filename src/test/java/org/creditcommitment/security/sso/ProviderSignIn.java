package org.creditcommitment.security.sso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser without a screen: keeps cookies per host, follows redirects, and fills in the provider's sign-in form
 * when the application sends it there, as an official's browser does.
 */
final class ProviderSignIn {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  private final HttpClient client = HttpClient.newBuilder()
      .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
      .followRedirects(HttpClient.Redirect.NORMAL).build();
  private final int port;

  ProviderSignIn(int port) {
    this.port = port;
  }

  /** Opens an application page; when the provider asks, signs in there as the official. Returns the last answer. */
  HttpResponse<String> open(String path, String official) {
    HttpResponse<String> page = get(path);
    if (!isProviderSignIn(page)) {
      return page;
    }
    Matcher csrf = CSRF.matcher(page.body());
    if (!csrf.find()) {
      throw new IllegalStateException("the provider's sign-in form has no CSRF token");
    }
    String form = "username=" + encode(official) + "&password=" + encode(TestIdentityProvider.PASSWORD)
        + "&_csrf=" + encode(csrf.group(1));
    return send(HttpRequest.newBuilder(page.uri()).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  static boolean isProviderSignIn(HttpResponse<String> page) {
    return page.uri().getHost().equals("127.0.0.1") && page.uri().getPath().equals("/login");
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path))
        .GET());
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
