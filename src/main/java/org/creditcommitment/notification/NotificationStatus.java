package org.creditcommitment.notification;

/**
 * Where an outbox row stands. SENT, RECORDED and FAILED are final; FAILED rows stay visible for officials. RECORDED:
 * a short message kept in the outbox and the log only, because no SMS gateway is configured (the embedded default).
 */
public enum NotificationStatus {
  PENDING, SENDING, SENT, RECORDED, FAILED
}
