package org.creditcommitment.security;

/**
 * Implemented by the module that sends a case to an official or a group for information (抄送): the recipient reads
 * that case, and only that case, as far as a case's read endpoints go (its record, documents and history), whatever
 * their role would read otherwise. {@link CaseScope} asks it instead of reading that module's table.
 */
public interface CaseShares {

  /** Whether the case with this business key was sent to the caller or to one of the caller's groups. */
  boolean sharedWith(String key, CurrentUser caller);
}
