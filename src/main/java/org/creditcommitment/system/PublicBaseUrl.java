package org.creditcommitment.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where applicants and the public reach this system, for links in mails and on printed documents: {@code
 * PUBLIC_BASE_URL} ({@code cc.public-base-url}) when set, as it must be in production behind a proxy; otherwise this
 * server on the port it actually listens on.
 */
@Component
public class PublicBaseUrl {

  private final String configured;
  private final Environment environment;

  PublicBaseUrl(@Value("${cc.public-base-url:}") String configured, Environment environment) {
    this.configured = configured == null ? "" : configured.strip();
    this.environment = environment;
  }

  /** The base without a trailing slash, e.g. {@code https://zwfw.example.gov.cn}. */
  public String base() {
    if (!configured.isEmpty()) {
      return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }
    String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    return "http://localhost:" + port;
  }

  /** An absolute address of a path such as {@code /public/documents/XXXX}. */
  public String of(String path) {
    return base() + path;
  }
}
