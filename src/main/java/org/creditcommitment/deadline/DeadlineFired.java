package org.creditcommitment.deadline;

import java.time.Instant;

/**
 * A deadline passed; {@code correlated} is false when the process no longer waited for it. Published once.
 * {@code escalatedTo} is the officers' group its kind names as {@link DeadlineKind#overdue()} when no process waited
 * for it (they and the credit office are told); null otherwise.
 */
public record DeadlineFired(String processInstanceId, String businessKey, String kind, Instant due,
    boolean correlated, String escalatedTo) {}
