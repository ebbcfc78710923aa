package org.creditcommitment.deadline;

/** What a FIRED deadline did. */
public enum DeadlineOutcome {
  /** The message reached the waiting process. */
  CORRELATED,
  /** The process was no longer waiting for it (it moved on or ended): nothing happened. */
  NOT_WAITING,
  /** The process failed while handling the message; logged as an error, not retried. */
  FAILED
}
