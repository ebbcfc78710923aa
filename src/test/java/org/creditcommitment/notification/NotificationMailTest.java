package org.creditcommitment.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.security.Groups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * Real SMTP (GreenMail on the test profile's port 3025, started and stopped by each test). Other
 * tests' rows may be sent to GreenMail too, so every check looks only at this test's recipients.
 */
class NotificationMailTest extends IntegrationTest {

  @Autowired
  Notifications notifications;

  @Autowired
  NotificationSender sender;

  @Autowired
  TransactionTemplate transaction;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  NotificationOutbox outbox;

  @Autowired
  ObjectProvider<JavaMailSender> mailSender;

  @Autowired
  NotificationProperties properties;

  private GreenMail smtp;

  @AfterEach
  void stopSmtpAndResetClock() {
    if (smtp != null) {
      smtp.stop();
    }
    clock.reset();
  }

  private void startSmtp() {
    smtp = new GreenMail(ServerSetupTest.SMTP);
    smtp.start();
  }

  private static String uniqueAddress(String name) {
    return name + "-" + System.nanoTime() + "@example.test";
  }

  private static Notification denial(String caseNo, String email) {
    return NotificationsTest.denial(caseNo, email).build();
  }

  private List<MimeMessage> mailTo(String address) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
      try {
        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
            .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address));
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  private NotificationView row(String caseNo) {
    List<NotificationView> rows = notifications.forCase(caseNo);
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  @Test
  void aQueuedMailArrivesWithSubjectRecipientAndChineseBody() throws Exception {
    startSmtp();
    String caseNo = NotificationsTest.uniqueCase();
    String to = uniqueAddress("applicant");

    transaction.executeWithoutResult(status -> notifications.queue(Notification.of(NotificationType.RECTIFICATION_NOTICE,
        caseNo).to(to).with("applicantName", "某某餐饮有限公司").with("itemName", "食品经营许可")
        .with("findings", "后厨未设置防蝇设施").with("rectificationDeadline", LocalDate.of(2025, 7, 15))
        .with("documentLink", "https://zwfw.example.gov.cn/public/documents/7KQ2-M9XD-4HTP-WC3R").build()));

    // the commit nudges the sender; no explicit call needed
    await().atMost(Duration.ofSeconds(10)).until(() -> row(caseNo).status() == NotificationStatus.SENT);
    MimeMessage mail = mailTo(to).get(0);
    assertThat(mailTo(to)).hasSize(1);
    assertThat(mail.getSubject()).isEqualTo("【限期整改通知】食品经营许可（办件编号 " + caseNo + "）");
    assertThat(GreenMailUtil.getBody(mail)).isNotEmpty();
    assertThat((String) mail.getContent()).contains("某某餐饮有限公司：").contains("后厨未设置防蝇设施")
        .contains("请于 2025年7月15日 前完成整改").contains(caseNo);
    assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
    assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("信用承诺服务");
    assertThat(row(caseNo).sentAt()).isNotNull();
    assertThat(row(caseNo).attempts()).isEqualTo(1);
  }

  @Test
  void whileSmtpIsDownTheMailWaitsAndIsDeliveredOnceWhenItReturns() {
    String caseNo = NotificationsTest.uniqueCase();
    String to = uniqueAddress("patient");

    notifications.queue(denial(caseNo, to));
    sender.sendDue();
    await().atMost(Duration.ofSeconds(10)).until(() -> row(caseNo).attempts() >= 1
        && row(caseNo).status() == NotificationStatus.PENDING);
    NotificationView waiting = row(caseNo);
    assertThat(waiting.lastError()).isNotBlank();
    assertThat(waiting.nextAttemptAt()).isAfter(OffsetDateTime.now(clock));

    startSmtp();
    sender.sendDue();
    assertThat(mailTo(to)).as("not due before its backoff").isEmpty();

    clock.advance(properties.retryMax());
    sender.sendDue();
    clock.advance(properties.retryMax());
    sender.sendDue();

    assertThat(mailTo(to)).hasSize(1);
    NotificationView sent = row(caseNo);
    assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
    assertThat(sent.attempts()).isEqualTo(waiting.attempts() + 1);
  }

  @Test
  void anUnreachableMailServerStopsTheRunAfterOneAttemptInsteadOfTryingEveryDueMail() {
    String first = NotificationsTest.uniqueCase();
    String second = NotificationsTest.uniqueCase();
    // due long before anything else in the outbox, so this run takes them first
    OffsetDateTime longAgo = OffsetDateTime.now(clock).minusYears(30);
    insertRaw(first, uniqueAddress("first"), "PENDING", 0, longAgo);
    insertRaw(second, uniqueAddress("second"), "PENDING", 0, longAgo.plusSeconds(1));

    NotificationSender fresh = new NotificationSender(outbox, mailSender, properties, clock);
    try {
      fresh.sendDue();

      assertThat(row(first).attempts()).isEqualTo(1);
      assertThat(row(first).lastError()).isNotBlank();
      assertThat(row(second).attempts()).as("not tried while the server is down").isZero();
      assertThat(fresh.pauseLeftNanos()).isPositive();
    } finally {
      fresh.stop();
      jdbc.update("DELETE FROM notification_outbox WHERE case_no IN (?, ?)", first, second);
    }
  }

  @Test
  void afterMaxAttemptsTheMailIsFailedAndStaysVisible() {
    String caseNo = NotificationsTest.uniqueCase();
    notifications.queue(denial(caseNo, uniqueAddress("unlucky")));

    await().atMost(Duration.ofSeconds(20)).until(() -> {
      sender.sendDue();
      clock.advance(properties.retryMax());
      return row(caseNo).status() == NotificationStatus.FAILED;
    });
    sender.sendDue();
    assertThat(row(caseNo).attempts()).isEqualTo(properties.maxAttempts());
    assertThat(row(caseNo).lastError()).isNotBlank();
    assertThat(http.get("/api/notifications?case=" + caseNo, "credit-office").body()).contains("\"status\":\"FAILED\"");
  }

  @Test
  void aRolledBackTransactionSendsNothing() {
    startSmtp();
    String caseNo = NotificationsTest.uniqueCase();
    String to = uniqueAddress("rolledback");

    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      notifications.queue(denial(caseNo, to));
      throw new IllegalStateException("step failed");
    })).isInstanceOf(IllegalStateException.class);
    sender.sendDue();

    assertThat(notifications.forCase(caseNo)).isEmpty();
    assertThat(mailTo(to)).isEmpty();
  }

  @Test
  void rowsPendingAtRestartAreSentOnceByTheStartingSender() {
    startSmtp();
    String pendingCase = NotificationsTest.uniqueCase();
    String abandonedCase = NotificationsTest.uniqueCase();
    String busyCase = NotificationsTest.uniqueCase();
    String pendingTo = uniqueAddress("pending");
    String abandonedTo = uniqueAddress("abandoned");
    String busyTo = uniqueAddress("busy");
    OffsetDateTime now = OffsetDateTime.now(clock);
    insertRaw(pendingCase, pendingTo, "PENDING", 0, now.minusHours(1));
    // claimed by a node that died while sending: its claim has expired
    insertRaw(abandonedCase, abandonedTo, "SENDING", 1, now.minusMinutes(1));
    // claimed by a live node right now: not ours to send
    insertRaw(busyCase, busyTo, "SENDING", 1, now.plusMinutes(5));

    NotificationSender fresh = new NotificationSender(outbox, mailSender, properties, clock);
    try {
      fresh.resumeAfterStart();
      await().atMost(Duration.ofSeconds(10)).until(() -> row(pendingCase).status() == NotificationStatus.SENT
          && row(abandonedCase).status() == NotificationStatus.SENT);
    } finally {
      fresh.stop();
    }
    sender.sendDue();

    assertThat(mailTo(pendingTo)).hasSize(1);
    assertThat(mailTo(abandonedTo)).hasSize(1);
    assertThat(mailTo(busyTo)).isEmpty();
    assertThat(row(busyCase).status()).isEqualTo(NotificationStatus.SENDING);
  }

  @Test
  void twoSendersRunningAtOnceSendEachRowOnce() throws Exception {
    startSmtp();
    String caseNo = NotificationsTest.uniqueCase();
    List<String> recipients = new ArrayList<>();
    transaction.executeWithoutResult(status -> {
      for (int i = 0; i < 12; i++) {
        String to = uniqueAddress("many" + i);
        recipients.add(to);
        notifications.queue(denial(caseNo, to));
      }
    });

    ExecutorService threads = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Integer>> runs = List.of(
          threads.submit(() -> { start.await(); return sender.sendDue(); }),
          threads.submit(() -> { start.await(); return sender.sendDue(); }));
      start.countDown();
      for (Future<Integer> run : runs) {
        run.get();
      }
    } finally {
      threads.shutdown();
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> notifications.forCase(caseNo).stream()
        .allMatch(r -> r.status() == NotificationStatus.SENT));
    sender.sendDue();

    recipients.forEach(to -> assertThat(mailTo(to)).as(to).hasSize(1));
    assertThat(notifications.forCase(caseNo)).allSatisfy(r -> assertThat(r.attempts()).isEqualTo(1));
  }

  @Test
  void aGroupMailReachesTheDemoUsersOfThatGroup() {
    startSmtp();
    String caseNo = NotificationsTest.uniqueCase();

    notifications.queue(Notification.of(NotificationType.DEADLINE_REMINDER, caseNo).toGroup(Groups.INSPECTOR)
        .with("taskName", "履约践诺核查").with("deadline", LocalDate.of(2025, 6, 30)).build());
    sender.sendDue();

    await().atMost(Duration.ofSeconds(10)).until(() -> row(caseNo).status() == NotificationStatus.SENT);
    assertThat(mailTo("inspector@demo.local")).filteredOn(m -> subject(m).contains(caseNo)).hasSize(1);
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void insertRaw(String caseNo, String to, String status, int attempts, OffsetDateTime nextAttempt) {
    jdbc.update("INSERT INTO notification_outbox (created_at, case_no, type, recipient, subject, body, status, "
        + "attempts, next_attempt_at) VALUES (?, ?, 'CASE_CLOSED', ?, ?, ?, ?, ?, ?)",
        nextAttempt.minusHours(2), caseNo, to, "【办件终结】" + caseNo, "重启前排队的邮件\n", status, attempts, nextAttempt);
  }
}
