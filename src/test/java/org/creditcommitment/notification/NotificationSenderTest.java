package org.creditcommitment.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import jakarta.mail.MessagingException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

class NotificationSenderTest {

  private static NotificationProperties properties() {
    return new NotificationProperties(Duration.ofSeconds(30), Duration.ofMinutes(5), 10, Duration.ofSeconds(5),
        Path.of("config/mail"), "no-reply@example.test", Duration.ofMinutes(10), 50);
  }

  private static NotificationSender withoutSmtp() {
    return new NotificationSender(null, new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
        properties(), Clock.systemUTC());
  }

  @Test
  void backoffDoublesFromTheInitialDelayUpToTheMaximum() {
    NotificationSender sender = withoutSmtp();

    assertThat(sender.backoff(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(sender.backoff(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(sender.backoff(4)).isEqualTo(Duration.ofSeconds(240));
    assertThat(sender.backoff(5)).isEqualTo(Duration.ofMinutes(5));
    assertThat(sender.backoff(60)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void aRefusedConnectionOrRejectedLoginIsTheServerNotTheMail() {
    MessagingException refused = new MessagingException("Couldn't connect to host, port: 127.0.0.1, 3025",
        new ConnectException("Connection refused"));

    assertThat(NotificationSender.serverUnreachable(new MailSendException("Mail server connection failed", refused)))
        .isTrue();
    assertThat(NotificationSender.serverUnreachable(new MailAuthenticationException("535 rejected"))).isTrue();
    assertThat(NotificationSender.serverUnreachable(new MailSendException("550 no such mailbox"))).isFalse();
  }

  @Test
  void withoutSmtpNothingIsSentAndTheOutboxIsNotTouched() {
    NotificationSender sender = withoutSmtp();

    assertThat(sender.isEnabled()).isFalse();
    assertThat(sender.sendDue()).isZero();
  }
}
