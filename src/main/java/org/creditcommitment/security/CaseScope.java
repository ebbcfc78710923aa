package org.creditcommitment.security;

import java.util.Optional;
import java.util.Set;

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

  /**
   * The departments whose records the caller reads: empty when the caller reads every department's, else the
   * departments of its approver, leader and inspector groups (none for a provider).
   */
  Optional<Set<String>> departments(CurrentUser caller);

  /**
   * Whether the caller may read the record with this business key: by their role and department, or because the
   * case was sent to them for information ({@link CaseShares}).
   */
  boolean mayRead(String key, CurrentUser caller);

  /**
   * Whether the caller reads the case's history (its business timeline and engine detail): auditors, the credit
   * office and administrators read every case's; anyone else only a case sent to them for information.
   */
  boolean readsHistory(String key, CurrentUser caller);

  /** The department that owns the record with this key; empty when there is none or the kind has none. */
  Optional<String> department(String key);

  /**
   * The key as the product numbers it: officials type numbers in lower case too (xy2026…), and a module's numbers are
   * upper case, so a key no module numbers is read upper-cased when that form is one a module numbers; any other key
   * is returned as given. {@link KeyScopeInterceptor} hands path keys to the handlers in this form.
   */
  String canonical(String key);

  /**
   * Throws the 404 of an unknown key of its kind when no application, voluntary commitment, objection or repair
   * (running or ended) has this business key: a list under a mistyped number is "not found", not "nothing yet". A
   * subject's code passes (its credit reports are no case).
   */
  void requireKnown(String key);
}
