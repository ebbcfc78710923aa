package org.creditcommitment.objection;

import java.util.Optional;

import org.creditcommitment.casehistory.CaseSource;
import org.springframework.stereotype.Component;

/** Objections in the case history, by their objection number. */
@Component
class ObjectionCaseSource implements CaseSource {

  private final Objections objections;

  ObjectionCaseSource(Objections objections) {
    this.objections = objections;
  }

  @Override
  public Optional<String> submitter(String caseNo) {
    return objections.find(caseNo).map(Objection::createdBy);
  }
}
