package org.creditcommitment.commitment;

import org.creditcommitment.evidence.EvidenceReaders;
import org.creditcommitment.security.CaseScope;
import org.creditcommitment.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * A case's evidence files (the applicant's with the rectification, the inspector's with the re-inspection) are read by
 * whoever reads the case: its department's approvers and inspectors, the window, the credit office.
 */
@Component
class CaseEvidence implements EvidenceReaders {

  static final String KIND = "case";

  private final CaseScope scope;

  CaseEvidence(CaseScope scope) {
    this.scope = scope;
  }

  @Override
  public String ownerKind() {
    return KIND;
  }

  @Override
  public boolean mayRead(String caseNo, CurrentUser caller) {
    return scope.mayRead(caseNo, caller);
  }
}
