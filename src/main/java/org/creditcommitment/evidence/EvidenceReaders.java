package org.creditcommitment.evidence;

import org.creditcommitment.security.CurrentUser;

/**
 * Implemented by each module whose records carry evidence files: who, besides the auditor, reads the files attached
 * to one of its records (the officials who handle it). A kind without an implementation is read by the auditor only.
 */
public interface EvidenceReaders {

  /** The owner kind this module attaches files under (e.g. {@code objection}). */
  String ownerKind();

  /** Whether the caller may read the files attached to this record. */
  boolean mayRead(String ownerId, CurrentUser caller);
}
