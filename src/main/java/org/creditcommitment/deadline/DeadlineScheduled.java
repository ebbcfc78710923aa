package org.creditcommitment.deadline;

import java.time.Instant;

/** Published in the transaction of the step that set the deadline (for the audit timeline). */
public record DeadlineScheduled(String processInstanceId, String businessKey, String kind, Instant due,
    boolean provisional) {}
