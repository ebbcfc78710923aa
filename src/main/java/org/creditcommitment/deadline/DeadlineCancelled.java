package org.creditcommitment.deadline;

import java.time.Instant;

/** The wait ended before the deadline (or the deadline was replaced); it will never fire. */
public record DeadlineCancelled(String processInstanceId, String businessKey, String kind, Instant due) {}
