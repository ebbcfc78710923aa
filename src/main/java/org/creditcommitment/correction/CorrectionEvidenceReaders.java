package org.creditcommitment.correction;

import org.creditcommitment.evidence.EvidenceReaders;
import org.creditcommitment.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The evidence files of a correction are read by those who read the correction: its unit and the credit office. */
@Component
class CorrectionEvidenceReaders implements EvidenceReaders {

  static final String OWNER_KIND = "correction";

  private final Corrections corrections;

  CorrectionEvidenceReaders(Corrections corrections) {
    this.corrections = corrections;
  }

  @Override
  public String ownerKind() {
    return OWNER_KIND;
  }

  @Override
  public boolean mayRead(String ownerId, CurrentUser caller) {
    return corrections.find(ownerId).map(c -> CorrectionFiling.mayRead(c, caller)).orElse(false);
  }
}
