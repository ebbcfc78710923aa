package org.creditcommitment.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default: a short message is not sent but kept as RECORDED in the outbox (readable through
 * {@code GET /api/notifications}) and logged with the number masked, so a demo or an installation without a gateway
 * sees what would have gone out, and nothing waits for a gateway that will never come.
 */
class RecordingShortMessageGateway implements ShortMessageGateway {

  private static final Logger log = LoggerFactory.getLogger(RecordingShortMessageGateway.class);

  @Override
  public Result send(ShortMessage message) {
    log.info("Short message {} ({}) to {} recorded, not sent (cc.sms.gateway is LOG): {}", message.idempotencyKey(),
        message.type(), MobileNumbers.mask(message.mobile()), message.text());
    return Result.of(Outcome.RECORDED);
  }
}
