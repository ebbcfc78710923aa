package org.creditcommitment.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;

import org.creditcommitment.system.PersonalDataCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due short-message rows of the outbox through the {@link ShortMessageGateway}, as {@link NotificationSender}
 * sends mail: after each commit that queued one (a nudge), every {@code cc.notification.poll-interval} and once at
 * start-up; each row claimed before it is sent, retried with the mail's back-off up to its attempts. The gateway gets
 * the row's idempotency key ({@code cc-sms-<row id>}) on every attempt, so a retry after a lost answer is not a
 * second message.
 * <p>
 * A gateway that cannot be reached (or refuses our credentials) stops the run and pauses the sender for
 * {@code retry-initial}, as an unreachable mail server does; the recording default never fails, so nothing waits.
 */
@Component
class ShortMessageSender {

  private static final Logger log = LoggerFactory.getLogger(ShortMessageSender.class);

  private final NotificationOutbox outbox;
  private final ShortMessageGateway gateway;
  private final PersonalDataCipher cipher;
  private final NotificationProperties properties;
  private final Clock clock;
  private final ScheduledExecutorService nudges = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "short-message-sender");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicBoolean nudgeQueued = new AtomicBoolean();
  /** System.nanoTime() until which the gateway is taken as unreachable; 0 when it is not. */
  private final AtomicLong pausedUntilNanos = new AtomicLong();

  ShortMessageSender(NotificationOutbox outbox, ShortMessageGateway gateway, PersonalDataCipher cipher,
      NotificationProperties properties, Clock clock) {
    this.outbox = outbox;
    this.gateway = gateway;
    this.cipher = cipher;
    this.properties = properties;
    this.clock = clock;
  }

  static String idempotencyKey(long rowId) {
    return "cc-sms-" + rowId;
  }

  /** Sends every short message due now, in this thread; returns how many the gateway took (or recorded). */
  int sendDue() {
    int released = outbox.releaseExpiredClaims(NotificationChannel.SMS, now());
    if (released > 0) {
      log.warn("{} short message(s) were left in SENDING by a stopped sender; they are retried", released);
    }
    int done = 0;
    List<Long> due;
    do {
      due = outbox.dueIds(NotificationChannel.SMS, now(), properties.batchSize());
      for (long id : due) {
        if (!outbox.claim(id, now(), now().plus(properties.sendingTimeout()))) {
          continue;
        }
        ShortMessageGateway.Outcome outcome = send(outbox.find(id));
        if (outcome == ShortMessageGateway.Outcome.UNREACHABLE) {
          pausedUntilNanos.set(System.nanoTime() + properties.retryInitial().toNanos());
          return done;
        }
        if (outcome == ShortMessageGateway.Outcome.DELIVERED || outcome == ShortMessageGateway.Outcome.RECORDED) {
          done++;
        }
      }
    } while (due.size() == properties.batchSize());
    pausedUntilNanos.set(0);
    return done;
  }

  /** Asks for a run soon, after the pause while the gateway is unreachable; calls meanwhile merge into it. */
  void nudge() {
    if (nudgeQueued.compareAndSet(false, true)) {
      nudges.schedule(() -> {
        nudgeQueued.set(false);
        sendDueLogged();
      }, pauseLeftNanos(), TimeUnit.NANOSECONDS);
    }
  }

  long pauseLeftNanos() {
    long until = pausedUntilNanos.get();
    return until == 0 ? 0 : Math.max(0, until - System.nanoTime());
  }

  @Scheduled(initialDelayString = "${cc.notification.poll-interval:5s}",
      fixedDelayString = "${cc.notification.poll-interval:5s}")
  void poll() {
    if (pauseLeftNanos() == 0) {
      sendDueLogged();
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  void resumeAfterStart() {
    if (gateway instanceof RecordingShortMessageGateway) {
      log.info("cc.sms.gateway is LOG: short messages are recorded in the outbox (GET /api/notifications), not sent");
    }
    nudge();
  }

  @PreDestroy
  void stop() {
    nudges.shutdownNow();
  }

  private void sendDueLogged() {
    try {
      sendDue();
    } catch (RuntimeException e) {
      log.warn("Sending short messages failed: {}", e.toString());
    }
  }

  private ShortMessageGateway.Outcome send(NotificationView row) {
    ShortMessageGateway.Result result;
    try {
      String mobile = cipher.decrypt(outbox.recipientCipher(row.id()));
      result = gateway.send(new ShortMessageGateway.ShortMessage(idempotencyKey(row.id()), mobile, row.body(),
          row.type()));
    } catch (RuntimeException e) {
      result = new ShortMessageGateway.Result(ShortMessageGateway.Outcome.RETRY, e.toString());
    }
    switch (result.outcome()) {
      case DELIVERED -> {
        outbox.markSent(row.id(), now());
        log.debug("Short message {} ({}) for {} delivered to {}", row.id(), row.type(), row.caseNo(), row.recipient());
      }
      case RECORDED -> outbox.markRecorded(row.id());
      case REJECTED -> {
        outbox.markFailed(row.id(), result.detail(), now());
        log.error("Short message {} ({}) for {} to {} refused by the gateway: {}", row.id(), row.type(), row.caseNo(),
            row.recipient(), result.detail());
      }
      default -> retryOrFail(row, result.detail());
    }
    return result.outcome();
  }

  private void retryOrFail(NotificationView row, String error) {
    String detail = error == null ? "" : error.length() > 1000 ? error.substring(0, 1000) : error;
    if (row.attempts() >= properties.maxAttempts()) {
      outbox.markFailed(row.id(), detail, now());
      log.error("Short message {} ({}) for {} to {} failed after {} attempts: {}", row.id(), row.type(), row.caseNo(),
          row.recipient(), row.attempts(), detail);
    } else {
      outbox.markRetry(row.id(), detail, now().plus(NotificationSender.backoff(properties, row.attempts())));
      log.warn("Short message {} for {} not sent (attempt {}), retrying: {}", row.id(), row.caseNo(), row.attempts(),
          detail);
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
