package org.creditcommitment.repair;

import java.util.Optional;

import org.creditcommitment.casehistory.CaseSource;
import org.springframework.stereotype.Component;

/** Credit repairs in the case history, by their repair number. */
@Component
class RepairCaseSource implements CaseSource {

  private final Repairs repairs;

  RepairCaseSource(Repairs repairs) {
    this.repairs = repairs;
  }

  @Override
  public Optional<String> submitter(String caseNo) {
    return repairs.find(caseNo).map(Repair::createdBy);
  }
}
