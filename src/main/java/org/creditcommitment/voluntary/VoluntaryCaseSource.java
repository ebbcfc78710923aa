package org.creditcommitment.voluntary;

import java.util.Optional;

import org.creditcommitment.casehistory.CaseSource;
import org.springframework.stereotype.Component;

/** Voluntary commitments in the case history, by their voluntary number. */
@Component
class VoluntaryCaseSource implements CaseSource {

  private final VoluntaryRows rows;

  VoluntaryCaseSource(VoluntaryRows rows) {
    this.rows = rows;
  }

  @Override
  public Optional<String> submitter(String caseNo) {
    return rows.find(caseNo).map(VoluntaryRecord::createdBy);
  }
}
