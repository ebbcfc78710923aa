package org.creditcommitment.credit;

/** Where a dishonesty record stands; only ACTIVE records are open (in publicity, counting against the subject). */
public enum DishonestyStatus {
  ACTIVE,
  UNDER_OBJECTION,
  CORRECTED,
  REPAIRED,
  EXPIRED,
  REVOKED
}
