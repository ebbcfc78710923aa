package org.creditcommitment.security;

/**
 * Who reads which business key through /api (docs/security.md "Who reads what"): window clerks (one window serves
 * every department), the credit office, auditors, administrators and the portal (acting for every applicant) read
 * every key; approvers, department heads and inspectors only the application cases and voluntary commitments of their
 * own departments (groups approver-&lt;dept&gt;, leader-&lt;dept&gt;, inspector-&lt;dept&gt;); data providers only objections; anyone else nothing. A key
 * the caller may not read is answered as unknown (404), so its existence is not disclosed. Handlers apply it by
 * marking the key parameter {@link ScopedKey}; a key found otherwise (a document's case) is checked here directly.
 */
public interface CaseScope {

  /** Throws a 404 problem when the caller may not read the record with this business key. */
  void requireReadable(String key, CurrentUser caller);

  /** Whether the caller may read the record with this business key. */
  boolean mayRead(String key, CurrentUser caller);
}
