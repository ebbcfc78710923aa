package org.creditcommitment.notification;

import java.time.Clock;

import org.creditcommitment.system.PersonalDataCipher;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox's short-message rows through the {@link ShortMessageGateway} ({@link OutboxSender} claims, retries
 * with the mail's back-off and pauses). The gateway gets the row's idempotency key ({@code cc-sms-<row id>}) on every
 * attempt, so a retry after a lost answer is not a second message.
 * <p>
 * A gateway that cannot be reached (or refuses our credentials) stops the run and pauses the sender, as an unreachable
 * mail server does; the recording default never fails, so nothing waits.
 */
@Component
class ShortMessageSender extends OutboxSender {

  private final ShortMessageGateway gateway;
  private final PersonalDataCipher cipher;

  ShortMessageSender(NotificationOutbox outbox, ShortMessageGateway gateway, PersonalDataCipher cipher,
      NotificationProperties properties, Clock clock) {
    super(NotificationChannel.SMS, "short message", outbox, properties, clock);
    this.gateway = gateway;
    this.cipher = cipher;
  }

  static String idempotencyKey(long rowId) {
    return "cc-sms-" + rowId;
  }

  @Override
  boolean isEnabled() {
    return true;
  }

  @Override
  String startupNotice() {
    return gateway instanceof RecordingShortMessageGateway
        ? "cc.sms.gateway is LOG: short messages are recorded in the outbox (GET /api/notifications), not sent" : null;
  }

  @Override
  @EventListener(ApplicationReadyEvent.class)
  void resumeAfterStart() {
    super.resumeAfterStart();
  }

  @Override
  Delivery deliver(NotificationView row) {
    String mobile = cipher.decrypt(outbox.recipientCipher(row.id()));
    ShortMessageGateway.Result result = gateway.send(new ShortMessageGateway.ShortMessage(idempotencyKey(row.id()),
        mobile, row.body(), row.type()));
    return new Delivery(switch (result.outcome()) {
      case DELIVERED -> Outcome.SENT;
      case RECORDED -> Outcome.RECORDED;
      case REJECTED -> Outcome.REJECTED;
      case RETRY -> Outcome.RETRY;
      case UNREACHABLE -> Outcome.UNREACHABLE;
    }, result.detail());
  }
}
