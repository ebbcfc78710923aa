package org.creditcommitment.notification;

import java.time.OffsetDateTime;

/**
 * One outbox row as officials see it on a case (REST and case pages). {@code body} is null once a sent message's text
 * has been cleared after its retention period; {@code bodyDigest} (algorithm {@code bodyHashAlg}) still proves it. A
 * short message's recipient is its masked mobile number (138****8000); the number itself never leaves the sender.
 */
public record NotificationView(long id, String caseNo, NotificationType type, String typeLabel, String recipient,
    String subject, String body, NotificationStatus status, int attempts, OffsetDateTime createdAt,
    OffsetDateTime nextAttemptAt, OffsetDateTime sentAt, String lastError, String bodyDigest, String bodyHashAlg,
    NotificationChannel channel) {
}
