package org.creditcommitment.objection;

import org.creditcommitment.evidence.EvidenceReaders;
import org.creditcommitment.security.CaseScope;
import org.creditcommitment.security.CurrentUser;
import org.springframework.stereotype.Component;

/** An objection's evidence files are read by whoever reads the objection (the credit office, the data providers…). */
@Component
class ObjectionEvidence implements EvidenceReaders {

  static final String KIND = "objection";

  private final CaseScope scope;

  ObjectionEvidence(CaseScope scope) {
    this.scope = scope;
  }

  @Override
  public String ownerKind() {
    return KIND;
  }

  @Override
  public boolean mayRead(String objectionNo, CurrentUser caller) {
    return scope.mayRead(objectionNo, caller);
  }
}
