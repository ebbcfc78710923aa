package org.creditcommitment.notification;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cc.notification.*}. SMTP itself is {@code spring.mail.*}: without {@code spring.mail.host}
 * nothing is sent and mails stay readable in the outbox.
 *
 * @param retryInitial   wait after the first failed attempt; doubled after each further failure
 * @param retryMax       the longest wait between two attempts
 * @param maxAttempts    attempts before a row is given up as FAILED (it stays visible)
 * @param pollInterval   how often due rows are looked for (retries, rows of other nodes)
 * @param templateDir    folder whose {@code <type>.txt} files replace the built-in templates
 * @param from           sender address, optionally with a name: {@code 政务服务中心 <no-reply@example.gov.cn>}
 * @param sendingTimeout a row claimed longer ago than this (its node died while sending) is retried
 * @param batchSize      rows claimed per query
 */
@ConfigurationProperties("cc.notification")
public record NotificationProperties(
    @DefaultValue("30s") Duration retryInitial,
    @DefaultValue("1h") Duration retryMax,
    @DefaultValue("10") int maxAttempts,
    @DefaultValue("5s") Duration pollInterval,
    @DefaultValue("./config/mail") Path templateDir,
    @DefaultValue("信用承诺服务 <no-reply@credit-commitment.local>") String from,
    @DefaultValue("10m") Duration sendingTimeout,
    @DefaultValue("50") int batchSize) {

  public NotificationProperties {
    if (!positive(retryInitial) || retryMax.compareTo(retryInitial) < 0 || maxAttempts < 1 || batchSize < 1
        || !positive(sendingTimeout) || !positive(pollInterval)) {
      throw new IllegalArgumentException("cc.notification: need 0 < retry-initial <= retry-max, max-attempts >= 1, "
          + "batch-size >= 1, positive sending-timeout and poll-interval");
    }
  }

  private static boolean positive(Duration duration) {
    return !duration.isNegative() && !duration.isZero();
  }
}
