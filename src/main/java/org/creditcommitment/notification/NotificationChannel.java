package org.creditcommitment.notification;

/** How an outbox row reaches its recipient: by e-mail (SMTP) or as a short message (SMS gateway). */
public enum NotificationChannel {
  EMAIL, SMS
}
