package org.creditcommitment.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Drains one channel of the outbox; a subclass per channel (mail, short message) only delivers a row. Runs after each
 * commit that queued a row of its channel (a nudge), every {@code cc.notification.poll-interval} (retries, other
 * nodes' rows) and once at start-up (rows left from before a restart). Each row is claimed with a conditional UPDATE
 * before it is delivered, so two threads or nodes never send the same row, and a row marked SENT is never picked up
 * again; a failed attempt is retried after {@code retry-initial}, doubled per attempt up to {@code retry-max}, until
 * {@code max-attempts}.
 * <p>
 * A server that cannot be reached (or refuses our credentials) fails every row alike, so the run stops at the first
 * such failure and the sender pauses for {@code retry-initial}: nudges in the meantime merge into one run at the
 * pause's end. Without this a busy node with its mail server down tried every due row after every commit (tens of
 * thousands of attempts in one benchmark run).
 */
abstract class OutboxSender {

  /** What became of one delivery attempt; {@code detail} says why it did not go. */
  record Delivery(Outcome outcome, String detail) {

    static final Delivery SENT = new Delivery(Outcome.SENT, null);
  }

  enum Outcome {
    /** Taken by the server. */
    SENT,
    /** Kept in the outbox and the log only (no gateway configured). */
    RECORDED,
    /** Refused for this row alone, for good: failed at once, visible on the case. */
    REJECTED,
    /** Not taken this time: retried after the back-off. */
    RETRY,
    /** The server is not there or refuses this sender: retried, and the sender pauses. */
    UNREACHABLE
  }

  private static final int MAX_ERROR = 1000;

  private final Logger log = LoggerFactory.getLogger(getClass());
  private final NotificationChannel channel;
  private final String what;
  protected final NotificationOutbox outbox;
  protected final NotificationProperties properties;
  protected final Clock clock;
  private final ScheduledExecutorService nudges;
  private final AtomicBoolean nudgeQueued = new AtomicBoolean();
  /** System.nanoTime() until which the server is taken as unreachable; 0 when it is not. */
  private final AtomicLong pausedUntilNanos = new AtomicLong();

  /** @param what the channel's messages in log lines ("notification", "short message") */
  OutboxSender(NotificationChannel channel, String what, NotificationOutbox outbox, NotificationProperties properties,
      Clock clock) {
    this.channel = channel;
    this.what = what;
    this.outbox = outbox;
    this.properties = properties;
    this.clock = clock;
    String threadName = channel == NotificationChannel.EMAIL ? "notification-sender" : "short-message-sender";
    this.nudges = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, threadName);
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Whether this channel can deliver at all; when not, rows stay PENDING and nothing is touched. */
  abstract boolean isEnabled();

  /** Delivers one claimed row; never throws (a failure is a {@link Delivery}). */
  abstract Delivery deliver(NotificationView row);

  /** The line that says at start-up why rows are not sent, or null. */
  abstract String startupNotice();

  /**
   * Sends every row of the channel that is due now, in this thread, and returns how many were sent (or recorded). Safe
   * to call from several threads or nodes at once.
   */
  int sendDue() {
    if (!isEnabled()) {
      return 0;
    }
    int released = outbox.releaseExpiredClaims(channel, now());
    if (released > 0) {
      log.warn("{} {}(s) were left in SENDING by a stopped sender; they are retried", released, what);
    }
    int done = 0;
    List<Long> due;
    do {
      due = outbox.dueIds(channel, now(), properties.batchSize());
      for (long id : due) {
        if (!outbox.claim(id, now(), now().plus(properties.sendingTimeout()))) {
          continue;
        }
        Outcome outcome = send(outbox.find(id));
        if (outcome == Outcome.UNREACHABLE) {
          pausedUntilNanos.set(System.nanoTime() + properties.retryInitial().toNanos());
          return done;
        }
        if (outcome == Outcome.SENT || outcome == Outcome.RECORDED) {
          done++;
        }
      }
    } while (due.size() == properties.batchSize());
    pausedUntilNanos.set(0);
    return done;
  }

  /** Asks for a run soon, in the background (after the pause while the server is unreachable); calls meanwhile merge. */
  void nudge() {
    if (nudgeQueued.compareAndSet(false, true)) {
      nudges.schedule(() -> {
        nudgeQueued.set(false);
        sendDueLogged();
      }, pauseLeftNanos(), TimeUnit.NANOSECONDS);
    }
  }

  /** How long the sender still waits for an unreachable server, in nanoseconds (0 when it does not). */
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

  /**
   * Rows queued before a restart (or by a node that stopped) go out without waiting for the poll; each channel calls it
   * from its own listener for {@code ApplicationReadyEvent}, where the module's documentation finds it.
   */
  void resumeAfterStart() {
    String notice = startupNotice();
    if (notice != null) {
      log.info(notice);
    }
    if (isEnabled()) {
      nudge();
    }
  }

  @PreDestroy
  void stop() {
    nudges.shutdownNow();
  }

  /** retry-initial, doubled per failed attempt, at most retry-max. */
  Duration backoff(int attempts) {
    Duration delay = properties.retryInitial();
    for (int i = 1; i < attempts && delay.compareTo(properties.retryMax()) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(properties.retryMax()) > 0 ? properties.retryMax() : delay;
  }

  private void sendDueLogged() {
    try {
      sendDue();
    } catch (RuntimeException e) {
      // the database may be briefly unavailable; the next poll tries again
      log.warn("Sending {}s failed: {}", what, e.toString());
    }
  }

  private Outcome send(NotificationView row) {
    Delivery delivery;
    try {
      delivery = deliver(row);
    } catch (RuntimeException e) {
      delivery = new Delivery(Outcome.RETRY, e.toString());
    }
    String detail = delivery.detail() == null || delivery.detail().length() <= MAX_ERROR ? delivery.detail()
        : delivery.detail().substring(0, MAX_ERROR);
    switch (delivery.outcome()) {
      case SENT -> {
        outbox.markSent(row.id(), now());
        log.debug("Sent {} {} ({}) for {}", what, row.id(), row.type(), row.caseNo());
      }
      case RECORDED -> outbox.markRecorded(row.id());
      case REJECTED -> {
        outbox.markFailed(row.id(), detail, now());
        log.error("{} {} ({}) for {} refused: {}", what, row.id(), row.type(), row.caseNo(), detail);
      }
      default -> retryOrFail(row, detail == null ? "" : detail);
    }
    return delivery.outcome();
  }

  private void retryOrFail(NotificationView row, String error) {
    if (row.attempts() >= properties.maxAttempts()) {
      outbox.markFailed(row.id(), error, now());
      log.error("{} {} ({}) for {} failed after {} attempts: {}", what, row.id(), row.type(), row.caseNo(),
          row.attempts(), error);
    } else {
      outbox.markRetry(row.id(), error, now().plus(backoff(row.attempts())));
      log.warn("{} {} for {} not sent (attempt {}), retrying: {}", what, row.id(), row.caseNo(), row.attempts(), error);
    }
  }

  protected OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
