package org.creditcommitment.casehistory;

import java.util.Optional;

import org.creditcommitment.commitment.CaseRecord;
import org.creditcommitment.commitment.Cases;
import org.springframework.stereotype.Component;

/** The lifecycle's cases as a {@link CaseSource}; here, not in commitment, which casehistory reads. */
@Component
class LifecycleCaseSource implements CaseSource {

  private final Cases cases;

  LifecycleCaseSource(Cases cases) {
    this.cases = cases;
  }

  @Override
  public Optional<String> submitter(String caseNo) {
    return cases.find(caseNo).map(CaseRecord::createdBy);
  }
}
