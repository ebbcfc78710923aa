package org.creditcommitment.notification;

/**
 * Where short messages leave the product: {@link HttpShortMessageGateway} posts them to an SMS gateway
 * ({@code cc.sms.gateway: HTTP}); {@link RecordingShortMessageGateway}, the embedded default, only records them.
 * The sender calls it outside any transaction, at least once per message: a gateway must treat a repeated
 * idempotency key as the message it already has.
 */
public interface ShortMessageGateway {

  /**
   * @param idempotencyKey the same for every attempt at one outbox row
   * @param mobile         eleven digits, never logged as such
   * @param type           the notification type (a gateway may map it to its own template id)
   */
  record ShortMessage(String idempotencyKey, String mobile, String text, NotificationType type) {}

  /** What became of one attempt. */
  enum Outcome {
    /** Accepted by the gateway. */
    DELIVERED,
    /** Kept in the outbox and the log only. */
    RECORDED,
    /** Not taken this time (the gateway's server error, throttling): try this message again later. */
    RETRY,
    /** Refused for good (a number or text the gateway will never take): the row fails at once and stays visible. */
    REJECTED,
    /** The gateway cannot be reached or refuses our credentials: every message would fail alike, so pause. */
    UNREACHABLE
  }

  record Result(Outcome outcome, String detail) {

    static Result of(Outcome outcome) {
      return new Result(outcome, null);
    }
  }

  Result send(ShortMessage message);
}
