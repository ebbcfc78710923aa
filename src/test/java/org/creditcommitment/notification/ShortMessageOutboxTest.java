package org.creditcommitment.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.MutableClock;
import org.creditcommitment.security.Groups;
import org.creditcommitment.system.PersonalDataCipher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Short messages through the outbox: the HTTP adapter against a real HTTP server started here, and the recording
 * default of the shared context. The HTTP tests run their own sender on rows dated a century ahead, which the
 * context's sender (on today's clock) never finds due, so the two never race for a row.
 */
class ShortMessageOutboxTest extends IntegrationTest {

  private static final String MOBILE = "13800138000";

  @Autowired Notifications notifications;
  @Autowired NotificationOutbox outbox;
  @Autowired NotificationProperties properties;
  @Autowired PersonalDataCipher cipher;
  @Autowired ShortMessageSender contextSender;
  @Autowired JdbcTemplate jdbc;

  private final List<Long> rows = new ArrayList<>();

  @AfterEach
  void removeRowsDatedAhead() {
    rows.forEach(id -> jdbc.update("delete from notification_outbox where id = ?", id));
  }

  private static String caseNo() {
    return "SMS-" + UUID.randomUUID();
  }

  private MutableClock ahead(int day) {
    MutableClock clock = new MutableClock();
    // whole milliseconds: the database keeps microseconds, so a clock with nanoseconds would round the stored time past it
    clock.setInstant(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).plus(Duration.ofDays(36500 + day)));
    return clock;
  }

  private long queuedAhead(MutableClock clock, String caseNo) {
    Long id = outbox.insert(new NotificationOutbox.NewRow(OffsetDateTime.now(clock), caseNo,
        NotificationType.DEADLINE_REMINDER, MobileNumbers.mask(MOBILE), "短信：办理期限提醒",
        "期限提醒：办件" + caseNo + "「作出行政决定」2026年11月23日到期，请及时办理。", NotificationStatus.PENDING, null, null,
        null, null, NotificationChannel.SMS, cipher.encrypt(MOBILE)));
    rows.add(id);
    clock.advance(Duration.ofSeconds(1));
    return id;
  }

  private ShortMessageSender sender(URI url, MutableClock clock) {
    return new ShortMessageSender(outbox, new HttpShortMessageGateway(TestSmsGateway.properties(url),
        new ObjectMapper()), cipher, properties, clock);
  }

  @Test
  void aShortMessageTheGatewayTakesIsSentWithTheRowsIdempotencyKey() throws Exception {
    MutableClock clock = ahead(1);
    String caseNo = caseNo();
    long id = queuedAhead(clock, caseNo);
    try (TestSmsGateway gateway = new TestSmsGateway()) {
      sender(gateway.url(), clock).sendDue();

      assertThat(outbox.find(id).status()).isEqualTo(NotificationStatus.SENT);
      assertThat(gateway.received).singleElement().satisfies(r -> {
        assertThat(r.idempotencyHeader()).isEqualTo("cc-sms-" + id);
        assertThat(r.body()).containsEntry("phoneNumber", MOBILE);
      });
    }
  }

  @Test
  void aGatewayServerErrorIsRetriedWithTheSameIdempotencyKeyUntilItIsTaken() throws Exception {
    MutableClock clock = ahead(2);
    long id = queuedAhead(clock, caseNo());
    try (TestSmsGateway gateway = new TestSmsGateway().answer(503)) {
      ShortMessageSender sender = sender(gateway.url(), clock);
      sender.sendDue();

      NotificationView retried = outbox.find(id);
      assertThat(retried.status()).isEqualTo(NotificationStatus.PENDING);
      assertThat(retried.attempts()).isEqualTo(1);
      assertThat(retried.lastError()).contains("HTTP 503");
      assertThat(retried.nextAttemptAt()).isAfter(OffsetDateTime.now(clock));

      clock.advance(properties.retryInitial());
      sender.sendDue();

      assertThat(outbox.find(id).status()).isEqualTo(NotificationStatus.SENT);
      assertThat(gateway.received).extracting(TestSmsGateway.Received::idempotencyHeader)
          .containsExactly("cc-sms-" + id, "cc-sms-" + id);
    }
  }

  @Test
  void aMessageTheGatewayRefusesForGoodFailsAtOnceAndStaysVisibleOnTheCase() throws Exception {
    MutableClock clock = ahead(3);
    String caseNo = caseNo();
    long id = queuedAhead(clock, caseNo);
    try (TestSmsGateway gateway = new TestSmsGateway().answer(400)) {
      sender(gateway.url(), clock).sendDue();

      NotificationView failed = notifications.forCase(caseNo).get(0);
      assertThat(failed.id()).isEqualTo(id);
      assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
      assertThat(failed.attempts()).isEqualTo(1);
      assertThat(failed.lastError()).contains("HTTP 400");
      assertThat(failed.channel()).isEqualTo(NotificationChannel.SMS);
      assertThat(failed.recipient()).isEqualTo("138****8000");
      assertThat(gateway.received).hasSize(1);
    }
  }

  @Test
  void aGatewayThatIsDownPausesTheSenderInsteadOfTryingEveryRow() throws Exception {
    MutableClock clock = ahead(4);
    long first = queuedAhead(clock, caseNo());
    long second = queuedAhead(clock, caseNo());
    ShortMessageSender sender = sender(TestSmsGateway.nowhere(), clock);

    assertThat(sender.sendDue()).isZero();

    assertThat(outbox.find(first).attempts()).isEqualTo(1);
    assertThat(outbox.find(first).status()).isEqualTo(NotificationStatus.PENDING);
    assertThat(outbox.find(first).lastError()).contains("unreachable");
    assertThat(outbox.find(second).attempts()).as("not tried while the gateway is down").isZero();
    assertThat(sender.pauseLeftNanos()).isPositive();

    sender.poll();
    assertThat(outbox.find(second).attempts()).as("the poll waits for the pause's end").isZero();
  }

  @Test
  void withoutAGatewayAShortMessageIsRecordedInTheOutboxMaskedAndEncrypted() {
    String caseNo = caseNo();
    notifications.queue(Notification.of(NotificationType.DEADLINE_REMINDER, caseNo).to("officer@example.test")
        .toMobile(MOBILE).with("taskName", "作出行政决定").with("deadline", LocalDate.of(2026, 11, 23)).build());
    contextSender.sendDue();

    await().atMost(Duration.ofSeconds(10)).until(() -> notifications.forCase(caseNo).stream()
        .anyMatch(n -> n.status() == NotificationStatus.RECORDED));
    NotificationView text = notifications.forCase(caseNo).stream()
        .filter(n -> n.channel() == NotificationChannel.SMS).findFirst().orElseThrow();
    assertThat(text.recipient()).isEqualTo("138****8000");
    assertThat(text.body()).isEqualTo("期限提醒：办件" + caseNo + "「作出行政决定」2026年11月23日到期，请及时办理。");
    assertThat(notifications.forCase(caseNo)).filteredOn(n -> n.channel() == NotificationChannel.EMAIL).hasSize(1);
    Map<String, Object> raw = jdbc.queryForMap("select * from notification_outbox where id = ?", text.id());
    assertThat(raw.values()).as("the number is stored only encrypted")
        .noneMatch(value -> value != null && value.toString().contains(MOBILE));
    assertThat(raw.get("recipient_cipher").toString()).startsWith("enc1:");

    HttpResponseCheck.listed(http.get("/api/notifications?case=" + caseNo, Groups.CREDIT_OFFICE).body(), MOBILE);
  }

  @Test
  void aRetriedStepQueuesEachShortMessageOnce() {
    String caseNo = caseNo();
    Notification reminder = Notification.of(NotificationType.DEADLINE_REMINDER, caseNo).to("officer@example.test")
        .toMobile(MOBILE).with("taskName", "作出行政决定").with("deadline", LocalDate.of(2026, 11, 23))
        .dedupKey(caseNo + ":reminder").build();

    List<Long> first = notifications.queue(reminder);
    List<Long> again = notifications.queue(reminder);

    assertThat(first).hasSize(2);
    assertThat(again).isEmpty();
    assertThat(notifications.forCase(caseNo)).extracting(NotificationView::channel)
        .containsExactly(NotificationChannel.EMAIL, NotificationChannel.SMS);
  }

  @Test
  void aShortMessageOnlyNoticeQueuesNoMail() {
    String caseNo = caseNo();
    notifications.queue(Notification.of(NotificationType.TASK_CREATED, caseNo).only(NotificationChannel.SMS)
        .toMobile(MOBILE).with("taskName", "受理审查").with("deadline", "未设期限").build());

    assertThat(notifications.forCase(caseNo)).singleElement()
        .satisfies(n -> assertThat(n.channel()).isEqualTo(NotificationChannel.SMS));
  }

  /** The listing as officials read it. */
  private static final class HttpResponseCheck {
    static void listed(String json, String mobile) {
      assertThat(json).contains("\"channel\":\"SMS\"").contains("138****8000").contains("\"status\":\"RECORDED\"")
          .doesNotContain(mobile);
    }
  }
}
