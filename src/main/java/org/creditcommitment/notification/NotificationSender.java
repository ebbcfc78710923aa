package org.creditcommitment.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due outbox rows by SMTP. Runs after each commit that queued mail (a nudge), every
 * {@code cc.notification.poll-interval} (retries, other nodes' rows) and once at start-up (rows left
 * from before a restart). Each row is claimed with a conditional UPDATE before it is sent, so two
 * threads or nodes never send the same row, and a row marked SENT is never picked up again.
 *
 * <p>Without {@code spring.mail.host} Boot creates no {@link JavaMailSender}: nothing is sent and rows
 * stay PENDING, readable through {@code GET /api/notifications}.
 *
 * <p>A mail server that cannot be reached (refused, unknown host, connect timeout, rejected login) fails every row
 * alike, so the run stops at the first such failure and the sender pauses for {@code retry-initial}: nudges in
 * the meantime merge into one run at the pause's end. Without this a busy node with its mail server down tried
 * every due row after every commit (tens of thousands of attempts in one benchmark run).
 */
@Component
public class NotificationSender {

  private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);
  static final String ID_HEADER = "X-Credit-Commitment-Notification";

  private final NotificationOutbox outbox;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final NotificationProperties properties;
  private final Clock clock;
  private final ScheduledExecutorService nudges = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "notification-sender");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicBoolean nudgeQueued = new AtomicBoolean();
  /** System.nanoTime() until which the mail server is taken as unreachable; 0 when it is not. */
  private final AtomicLong pausedUntilNanos = new AtomicLong();

  NotificationSender(NotificationOutbox outbox, ObjectProvider<JavaMailSender> mailSender,
      NotificationProperties properties, Clock clock) {
    this.outbox = outbox;
    this.mailSender = mailSender;
    this.properties = properties;
    this.clock = clock;
  }

  /** Whether SMTP is configured ({@code spring.mail.host}). */
  public boolean isEnabled() {
    return mailSender.getIfAvailable() != null;
  }

  /**
   * Sends every row that is due now, in this thread, and returns how many were sent. Safe to call
   * from several threads or nodes at once. Does nothing without SMTP.
   */
  public int sendDue() {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      return 0;
    }
    int released = outbox.releaseExpiredClaims(NotificationChannel.EMAIL, now());
    if (released > 0) {
      log.warn("{} notification(s) were left in SENDING by a stopped sender; they are retried", released);
    }
    int sent = 0;
    List<Long> due;
    do {
      due = outbox.dueIds(NotificationChannel.EMAIL, now(), properties.batchSize());
      for (long id : due) {
        if (!outbox.claim(id, now(), now().plus(properties.sendingTimeout()))) {
          continue;
        }
        Outcome outcome = send(sender, outbox.find(id));
        if (outcome == Outcome.SERVER_UNREACHABLE) {
          pausedUntilNanos.set(System.nanoTime() + properties.retryInitial().toNanos());
          return sent;
        }
        if (outcome == Outcome.SENT) {
          sent++;
        }
      }
    } while (due.size() == properties.batchSize());
    pausedUntilNanos.set(0);
    return sent;
  }

  /**
   * Asks for a run soon, in the background (after the pause while the mail server is unreachable); calls while one
   * is queued are merged into it.
   */
  void nudge() {
    if (nudgeQueued.compareAndSet(false, true)) {
      nudges.schedule(() -> {
        nudgeQueued.set(false);
        sendDueLogged();
      }, pauseLeftNanos(), TimeUnit.NANOSECONDS);
    }
  }

  /** How long the sender still waits for an unreachable mail server, in nanoseconds (0 when it does not). */
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

  /** Rows queued before a restart (or by a node that stopped) go out without waiting for the poll. */
  @EventListener(ApplicationReadyEvent.class)
  void resumeAfterStart() {
    if (!isEnabled()) {
      log.info("spring.mail.host is not set: notifications stay in the outbox (GET /api/notifications)");
      return;
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
      // the database may be briefly unavailable; the next poll tries again
      log.warn("Sending notifications failed: {}", e.toString());
    }
  }

  private enum Outcome { SENT, FAILED, SERVER_UNREACHABLE }

  private Outcome send(JavaMailSender sender, NotificationView row) {
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
      helper.setFrom(properties.from());
      helper.setTo(row.recipient());
      helper.setSubject(row.subject());
      helper.setText(row.body(), false);
      helper.setSentDate(Date.from(clock.instant()));
      message.setHeader(ID_HEADER, Long.toString(row.id()));
      sender.send(message);
    } catch (MessagingException | RuntimeException e) {
      failed(row, e);
      return serverUnreachable(e) ? Outcome.SERVER_UNREACHABLE : Outcome.FAILED;
    }
    outbox.markSent(row.id(), now());
    log.debug("Sent notification {} ({}) for {}", row.id(), row.type(), row.caseNo());
    return Outcome.SENT;
  }

  /** A failure that any other row would meet too: the server is not there or refuses this sender's login. */
  static boolean serverUnreachable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof ConnectException || cause instanceof UnknownHostException
          || cause instanceof NoRouteToHostException || cause instanceof SocketTimeoutException
          || cause instanceof MailAuthenticationException) {
        return true;
      }
    }
    return false;
  }

  private void failed(NotificationView row, Exception e) {
    String error = describe(e);
    if (row.attempts() >= properties.maxAttempts()) {
      outbox.markFailed(row.id(), error, now());
      log.error("Notification {} ({}) for {} failed after {} attempts: {}", row.id(), row.type(), row.caseNo(),
          row.attempts(), error);
    } else {
      outbox.markRetry(row.id(), error, now().plus(backoff(row.attempts())));
      log.warn("Notification {} for {} not sent (attempt {}), retrying: {}", row.id(), row.caseNo(), row.attempts(),
          error);
    }
  }

  /** retry-initial, doubled per failed attempt, at most retry-max. */
  Duration backoff(int attempts) {
    return backoff(properties, attempts);
  }

  /** The same for short messages, which retry as mail does. */
  static Duration backoff(NotificationProperties properties, int attempts) {
    Duration delay = properties.retryInitial();
    for (int i = 1; i < attempts && delay.compareTo(properties.retryMax()) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(properties.retryMax()) > 0 ? properties.retryMax() : delay;
  }

  private static String describe(Exception e) {
    StringBuilder text = new StringBuilder(e.toString());
    for (Throwable cause = e.getCause(); cause != null && text.length() < 1000; cause = cause.getCause()) {
      text.append(" <- ").append(cause);
    }
    return text.length() > 1000 ? text.substring(0, 1000) : text.toString();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
