package org.creditcommitment.repair;

import org.creditcommitment.evidence.EvidenceReaders;
import org.creditcommitment.security.CaseScope;
import org.creditcommitment.security.CurrentUser;
import org.springframework.stereotype.Component;

/** A repair's evidence files (with the application and with its supplements) are read by whoever reads the repair. */
@Component
class RepairEvidence implements EvidenceReaders {

  static final String KIND = "repair";

  private final CaseScope scope;

  RepairEvidence(CaseScope scope) {
    this.scope = scope;
  }

  @Override
  public String ownerKind() {
    return KIND;
  }

  @Override
  public boolean mayRead(String repairNo, CurrentUser caller) {
    return scope.mayRead(repairNo, caller);
  }
}
