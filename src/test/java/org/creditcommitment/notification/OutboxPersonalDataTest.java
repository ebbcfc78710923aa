package org.creditcommitment.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.system.HashAlgorithm;
import org.creditcommitment.system.PersonalDataIndex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outbox keeps a mail's address and every row's text encrypted: readers get them as queued, dedup still holds, and
 * rows stored in plain text before are encrypted at start.
 */
class OutboxPersonalDataTest extends IntegrationTest {

  @Autowired Notifications notifications;
  @Autowired NotificationOutbox outbox;
  @Autowired OutboxPersonalData protection;
  @Autowired PersonalDataIndex index;
  @Autowired JdbcTemplate jdbc;

  private Map<String, Object> raw(long id) {
    return jdbc.queryForMap("select recipient, body, dedup_key from notification_outbox where id = ?", id);
  }

  @Test
  void aMailsAddressTextAndDedupKeyAreNotStoredInPlainTextButReadAsQueued() {
    String caseNo = NotificationsTest.uniqueCase();
    long id = notifications.queue(NotificationsTest.denial(caseNo, "Stored.Applicant@example.test")
        .dedupKey(caseNo + ":decision").build()).get(0);

    Map<String, Object> stored = raw(id);
    assertThat(stored.get("recipient").toString()).startsWith("enc1:").doesNotContainIgnoringCase("applicant");
    assertThat(stored.get("body").toString()).startsWith("enc1:").doesNotContain("经营场所不符合要求");
    assertThat(stored.get("dedup_key").toString()).doesNotContainIgnoringCase("applicant@example.test")
        .isEqualTo(caseNo + ":decision|" + index.of("stored.applicant@example.test"));

    NotificationView row = outbox.find(id);
    assertThat(row.recipient()).isEqualTo("Stored.Applicant@example.test");
    assertThat(row.body()).contains("经营场所不符合要求");
    assertThat(row.bodyDigest()).as("the digest is of the text as written")
        .isEqualTo(HashAlgorithm.named(row.bodyHashAlg()).hex(row.body(), null));
    assertThat(notifications.forCase(caseNo)).singleElement().isEqualTo(row);
  }

  @Test
  void aShortMessagesTextIsNotStoredInPlainText() {
    String caseNo = "SMS-" + UUID.randomUUID();
    notifications.queue(Notification.of(NotificationType.DEADLINE_REMINDER, caseNo).toMobile("13900139000")
        .with("taskName", "作出行政决定").with("deadline", LocalDate.of(2026, 11, 23)).build());

    NotificationView text = notifications.forCase(caseNo).stream()
        .filter(n -> n.channel() == NotificationChannel.SMS).findFirst().orElseThrow();
    assertThat(raw(text.id()).get("body").toString()).startsWith("enc1:").doesNotContain("作出行政决定");
    assertThat(raw(text.id()).get("recipient")).isEqualTo("139****9000");
    assertThat(text.body()).isEqualTo("期限提醒：办件" + caseNo + "「作出行政决定」2026年11月23日到期，请及时办理。");
  }

  @Test
  void theSameMailToTheSameAddressInAnotherCaseOfLettersIsQueuedOnce() {
    String caseNo = NotificationsTest.uniqueCase();

    List<Long> first = notifications.queue(NotificationsTest.denial(caseNo, "once@example.test")
        .dedupKey(caseNo + ":decision").build());
    List<Long> again = notifications.queue(NotificationsTest.denial(caseNo, "ONCE@example.test")
        .dedupKey(caseNo + ":decision").build());

    assertThat(first).hasSize(1);
    assertThat(again).isEmpty();
  }

  @Test
  void anOutboxRowStoredInPlainTextIsEncryptedAtStartAndStillDeduplicatesItsMail() {
    String caseNo = NotificationsTest.uniqueCase();
    String body = "重启前排队的邮件：经营场所不符合要求\n";
    String dedupKey = caseNo + ":decision";
    long pending = insertPlain(caseNo, "Earlier@example.test", body, "PENDING", dedupKey + "|earlier@example.test");
    long sent = insertPlain(caseNo, "sent@example.test", body, "SENT", null);

    assertThat(outbox.find(pending).recipient()).as("read as it is until the start-up step")
        .isEqualTo("Earlier@example.test");
    assertThat(notifications.queue(NotificationsTest.denial(caseNo, "earlier@example.test").dedupKey(dedupKey)
        .build())).as("a retried step before the start-up step").isEmpty();

    assertThat(protection.protectPersonalData()).isGreaterThanOrEqualTo(5);

    for (long id : List.of(pending, sent)) {
      Map<String, Object> stored = raw(id);
      assertThat(stored.get("recipient").toString()).startsWith("enc1:");
      assertThat(stored.get("body").toString()).startsWith("enc1:").doesNotContain("经营场所");
    }
    assertThat(raw(pending).get("dedup_key")).isEqualTo(dedupKey + "|" + index.of("earlier@example.test"));
    NotificationView row = outbox.find(pending);
    assertThat(row.recipient()).isEqualTo("Earlier@example.test");
    assertThat(row.body()).isEqualTo(body);
    assertThat(outbox.find(sent).recipient()).isEqualTo("sent@example.test");
    assertThat(notifications.queue(NotificationsTest.denial(caseNo, "earlier@example.test").dedupKey(dedupKey)
        .build())).as("a retried step after the start-up step").isEmpty();
    assertThat(protection.protectPersonalData()).as("a second start changes nothing of these").isZero();
  }

  private long insertPlain(String caseNo, String to, String body, String status, String dedupKey) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.update("INSERT INTO notification_outbox (created_at, case_no, type, recipient, subject, body, status, "
        + "attempts, next_attempt_at, dedup_key) VALUES (?, ?, 'DECISION_DENIED', ?, ?, ?, ?, 0, ?, ?)",
        now, caseNo, to, "【不予许可】" + caseNo, body, status, now.plusYears(100), dedupKey);
    return jdbc.queryForObject("select max(id) from notification_outbox where case_no = ? and recipient = ?",
        Long.class, caseNo, to);
  }
}
