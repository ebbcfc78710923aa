package org.creditcommitment.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.system.HashAlgorithm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A sent mail's text is kept for the retention period, then only its digest; who, what template and when stay. */
class SentMailBodiesTest extends IntegrationTest {

  @Autowired Notifications notifications;
  @Autowired NotificationOutbox outbox;
  @Autowired SentMailBodies bodies;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void aSentNotificationKeepsItsDigestButNotItsBodyAfterTheRetentionPeriod() {
    String caseNo = NotificationsTest.uniqueCase();
    long sent = notifications.queue(NotificationsTest.denial(caseNo, "sent@example.test").build()).get(0);
    long pending = notifications.queue(NotificationsTest.denial(caseNo, "pending@example.test").dedupKey("other")
        .build()).get(0);
    NotificationView before = outbox.find(sent);
    outbox.claim(sent, OffsetDateTime.now(clock), OffsetDateTime.now(clock).plusMinutes(10));
    outbox.markSent(sent, OffsetDateTime.now(clock));

    clock.advance(Duration.ofDays(399));
    bodies.clearExpired();
    assertThat(outbox.find(sent).body()).as("within the retention period").isEqualTo(before.body());

    clock.advance(Duration.ofDays(2));
    bodies.clearExpired();
    NotificationView after = outbox.find(sent);
    assertThat(after.body()).isNull();
    assertThat(after.bodyDigest()).isEqualTo(HashAlgorithm.named(after.bodyHashAlg()).hex(before.body(), null));
    assertThat(after.recipient()).isEqualTo("sent@example.test");
    assertThat(after.type()).isEqualTo(NotificationType.DECISION_DENIED);
    assertThat(after.subject()).isEqualTo(before.subject());
    assertThat(after.sentAt()).isNotNull();
    assertThat(outbox.find(pending).body()).as("a mail not sent keeps its text").isEqualTo(before.body());
  }

  @Test
  void aMailSentBeforeDigestsWereKeptGetsItsDigestWhenItsBodyIsCleared() {
    String caseNo = NotificationsTest.uniqueCase();
    long id = notifications.queue(NotificationsTest.denial(caseNo, "old@example.test").build()).get(0);
    String body = outbox.find(id).body();
    jdbc.update("UPDATE notification_outbox SET body_digest = NULL, body_hash_alg = NULL WHERE id = ?", id);
    outbox.claim(id, OffsetDateTime.now(clock), OffsetDateTime.now(clock).plusMinutes(10));
    outbox.markSent(id, OffsetDateTime.now(clock));

    clock.advance(Duration.ofDays(401));
    bodies.clearExpired();

    NotificationView after = outbox.find(id);
    assertThat(after.body()).isNull();
    assertThat(after.bodyDigest()).isEqualTo(HashAlgorithm.named(after.bodyHashAlg()).hex(body, null));
    assertThat(List.of(after.bodyHashAlg())).containsAnyOf("SM3", "SHA-256");
  }
}
