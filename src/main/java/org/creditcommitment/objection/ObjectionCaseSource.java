package org.creditcommitment.objection;

import java.util.LinkedHashMap;
import java.util.Map;
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

  /** The filing as the row keeps it; an objection filed on the earlier model shows its start variables instead. */
  @Override
  public Map<String, Object> application(String caseNo) {
    return objections.facts(caseNo).filter(f -> f.subjectName() != null).map(f -> {
      Map<String, Object> application = new LinkedHashMap<>();
      application.put("subjectName", f.subjectName());
      application.put("subjectCode", f.objection().subjectCode());
      application.put("recordSummary", f.recordSummary());
      application.put("objectionReason", f.objection().reason());
      application.put("evidenceText", ObjectionFiling.evidenceText(f.objection().evidence()));
      return application;
    }).orElse(Map.<String, Object>of());
  }
}
