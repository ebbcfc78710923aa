package org.creditcommitment.deadline;

import java.time.Instant;

/**
 * A reminder before a deadline is due; published once per reminder inside the reminder's transaction
 * (listen with {@code @TransactionalEventListener} or write an outbox row in the same transaction).
 */
public record DeadlineReminderDue(String processInstanceId, String businessKey, String kind, Instant due) {}
