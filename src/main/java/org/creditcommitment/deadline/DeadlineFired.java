package org.creditcommitment.deadline;

import java.time.Instant;

/** A deadline passed; {@code correlated} is false when the process no longer waited for it. Published once. */
public record DeadlineFired(String processInstanceId, String businessKey, String kind, Instant due,
    boolean correlated) {}
