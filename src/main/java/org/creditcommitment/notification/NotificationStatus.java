package org.creditcommitment.notification;

/** Where an outbox row stands. SENT and FAILED are final; FAILED rows stay visible for officials. */
public enum NotificationStatus {
  PENDING, SENDING, SENT, FAILED
}
