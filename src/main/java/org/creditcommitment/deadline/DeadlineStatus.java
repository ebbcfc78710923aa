package org.creditcommitment.deadline;

/** SCHEDULED → (REMINDED) → FIRED or CANCELLED. Only SCHEDULED and REMINDED deadlines can still fire. */
public enum DeadlineStatus {
  SCHEDULED, REMINDED, FIRED, CANCELLED
}
