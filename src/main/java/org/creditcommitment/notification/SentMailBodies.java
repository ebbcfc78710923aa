package org.creditcommitment.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.creditcommitment.system.HashAlgorithm;
import org.creditcommitment.system.Keyring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Clears the text of mails sent longer ago than {@code cc.notification.sent-body-retention} (default 400 days). A
 * mail only tells the applicant or an official that something happened; what was decided or notified is the issued
 * document, kept whole with its digest. So the outbox keeps for good who was mailed, which template, subject, when
 * and the digest of the text, and the text itself only while an applicant may still contest what was sent: the
 * 60 days of 中华人民共和国行政复议法 and the six months of 中华人民共和国行政诉讼法 for the act it announced, with a margin.
 * Mails not sent (pending, failed) keep their text.
 */
@Component
class SentMailBodies {

  private static final Logger log = LoggerFactory.getLogger(SentMailBodies.class);
  private static final int BATCH = 500;

  private final NotificationOutbox outbox;
  private final Keyring keys;
  private final Clock clock;
  private final Duration retention;

  SentMailBodies(NotificationOutbox outbox, Keyring keys, Clock clock,
      @Value("${cc.notification.sent-body-retention:400d}") Duration retention) {
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("cc.notification.sent-body-retention must be positive");
    }
    this.outbox = outbox;
    this.keys = keys;
    this.clock = clock;
    this.retention = retention;
  }

  /** Every night; each node may run it, clearing a body twice changes nothing. */
  @Scheduled(cron = "${cc.notification.sent-body-purge-cron:0 40 2 * * *}")
  void nightly() {
    try {
      int cleared = clearExpired();
      if (cleared > 0) {
        log.info("Cleared the text of {} mail(s) sent more than {} ago; their digests stay", cleared, retention);
      }
    } catch (RuntimeException e) {
      log.warn("Clearing the text of old sent mails failed, retried next night: {}", e.toString());
    }
  }

  /** Clears the text of every mail sent before the retention period; returns how many. */
  int clearExpired() {
    OffsetDateTime cutoff = OffsetDateTime.now(clock).minus(retention);
    HashAlgorithm digest = keys.suite().digest();
    int cleared = 0;
    List<Map.Entry<Long, String>> rows;
    do {
      rows = outbox.sentBodiesBefore(cutoff, BATCH);
      for (Map.Entry<Long, String> row : rows) {
        // rows queued before digests were kept get theirs now, from the text about to be cleared
        boolean missing = !row.getValue().isEmpty();
        outbox.clearBody(row.getKey(), missing ? digest.hex(row.getValue(), null) : null,
            missing ? digest.stored() : null);
        cleared++;
      }
    } while (rows.size() == BATCH);
    return cleared;
  }
}
