package org.creditcommitment.correction;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.creditcommitment.casehistory.CaseSource;
import org.springframework.stereotype.Component;

/** Corrections in the case history, by their number: who asked, for which record, why and with what evidence. */
@Component
class CorrectionCaseSource implements CaseSource {

  private final Corrections corrections;

  CorrectionCaseSource(Corrections corrections) {
    this.corrections = corrections;
  }

  @Override
  public Optional<String> submitter(String caseNo) {
    return corrections.find(caseNo).map(Correction::createdBy);
  }

  @Override
  public Map<String, Object> application(String caseNo) {
    return corrections.find(caseNo).map(c -> {
      Map<String, Object> application = new LinkedHashMap<>();
      application.put("subjectCode", c.subjectCode());
      application.put("sourceUnit", c.sourceUnit());
      application.put("correctionChanges", c.changes());
      application.put("correctionExplanation", c.explanation());
      application.put("evidenceText", c.evidence().isEmpty() ? "无" : String.join("\n", c.evidence()));
      return application;
    }).orElse(Map.<String, Object>of());
  }
}
