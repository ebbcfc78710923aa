package org.creditcommitment.deadline;

import java.time.Instant;

/**
 * A deadline's clock was stopped ({@code due} is then the due instant it had; {@code previousDue} equals it) or a
 * deadline moved to a later {@code due} (an extension, or its clock restarted after a suspension), in the transaction
 * of the step that did it (for the audit timeline).
 *
 * @param change what happened: {@link #SUSPENDED}, {@link #RESUMED} or {@link #POSTPONED}
 * @param workingDays by how many working days the last day moved; 0 for a suspension
 */
public record DeadlineMoved(String processInstanceId, String businessKey, String kind, Instant previousDue,
    Instant due, String change, int workingDays) {

  public static final String SUSPENDED = "suspended";
  public static final String RESUMED = "resumed";
  public static final String POSTPONED = "postponed";
}
