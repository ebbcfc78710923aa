package org.creditcommitment.security;

/**
 * Who reads which case through /api: window clerks (one window serves every department), the credit office,
 * auditors, administrators and the portal (acting for every applicant) read every case; approvers and
 * inspectors only the cases of their own departments (their groups approver-&lt;dept&gt;, inspector-&lt;dept&gt;).
 * Any other caller reads no application case. A case the caller may not read is answered as unknown (404), so
 * its existence is not disclosed. Implemented by the module that owns the cases.
 */
public interface CaseScope {

  /** Throws a 404 problem when the caller may not read the case with this number (or business key). */
  void requireReadable(String caseNo, CurrentUser caller);
}
