package org.creditcommitment.notification;

import java.time.Clock;
import java.util.Date;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox's e-mail rows by SMTP ({@link OutboxSender} claims, retries and pauses).
 *
 * <p>Without {@code spring.mail.host} Boot creates no {@link JavaMailSender}: nothing is sent and rows
 * stay PENDING, readable through {@code GET /api/notifications}.
 *
 * <p>A mail server that cannot be reached (refused, unknown host, connect timeout, rejected login) fails every row
 * alike: the run stops and the sender pauses.
 */
@Component
public class NotificationSender extends OutboxSender {

  static final String ID_HEADER = "X-Credit-Commitment-Notification";

  private final ObjectProvider<JavaMailSender> mailSender;

  NotificationSender(NotificationOutbox outbox, ObjectProvider<JavaMailSender> mailSender,
      NotificationProperties properties, Clock clock) {
    super(NotificationChannel.EMAIL, "notification", outbox, properties, clock);
    this.mailSender = mailSender;
  }

  /** Whether SMTP is configured ({@code spring.mail.host}). */
  @Override
  public boolean isEnabled() {
    return mailSender.getIfAvailable() != null;
  }

  @Override
  String startupNotice() {
    return isEnabled() ? null
        : "spring.mail.host is not set: notifications stay in the outbox (GET /api/notifications)";
  }

  @Override
  @EventListener(ApplicationReadyEvent.class)
  void resumeAfterStart() {
    super.resumeAfterStart();
  }

  @Override
  Delivery deliver(NotificationView row) {
    try {
      JavaMailSender sender = mailSender.getObject();
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
      helper.setFrom(properties.from());
      helper.setTo(row.recipient());
      helper.setSubject(row.subject());
      helper.setText(row.body(), false);
      helper.setSentDate(Date.from(clock.instant()));
      message.setHeader(ID_HEADER, Long.toString(row.id()));
      sender.send(message);
      return Delivery.SENT;
    } catch (MessagingException | RuntimeException e) {
      return new Delivery(serverUnreachable(e) ? Outcome.UNREACHABLE : Outcome.RETRY, describe(e));
    }
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

  private static String describe(Exception e) {
    StringBuilder text = new StringBuilder(e.toString());
    for (Throwable cause = e.getCause(); cause != null && text.length() < 1000; cause = cause.getCause()) {
      text.append(" <- ").append(cause);
    }
    return text.length() > 1000 ? text.substring(0, 1000) : text.toString();
  }
}
