package org.creditcommitment.credit;

import java.time.Instant;

/**
 * The platform's answer to a push.
 *
 * @param recordId the platform's id of the record (for DISHONESTY the id of the dishonesty record)
 * @param duplicate true when the key had been pushed before and nothing new was created
 */
public record PushReceipt(String recordId, String idempotencyKey, boolean duplicate, Instant receivedAt,
    String source) {}
