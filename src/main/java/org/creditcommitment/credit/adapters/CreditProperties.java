package org.creditcommitment.credit.adapters;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.creditcommitment.credit.GradeScale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cc.credit.*}: which adapter answers the credit port, the grade scale, and the remote
 * platform's connection when the adapter is {@code http}.
 */
@ConfigurationProperties("cc.credit")
public record CreditProperties(String adapter, List<String> gradeScale, Http http) {

  public static final String EMBEDDED = "embedded";
  public static final String HTTP = "http";

  public CreditProperties {
    adapter = adapter == null || adapter.isBlank() ? EMBEDDED : adapter.strip();
    gradeScale = gradeScale == null || gradeScale.isEmpty() ? GradeScale.DEFAULT : List.copyOf(gradeScale);
    http = http == null ? new Http(null, null, null, null, null, null) : http;
  }

  /**
   * @param retries extra attempts after the first, on timeouts, connection errors, 5xx and 429
   * @param backoff wait before the first retry; doubled for each further one
   */
  public record Http(URI baseUrl, String token, Duration connectTimeout, Duration readTimeout, Integer retries,
      Duration backoff) {

    public Http {
      connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
      readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
      retries = retries == null ? 2 : retries;
      backoff = backoff == null ? Duration.ofMillis(500) : backoff;
      if (retries < 0) {
        throw new IllegalArgumentException("cc.credit.http.retries must not be negative");
      }
    }
  }
}
