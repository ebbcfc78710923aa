package org.creditcommitment.repair;

import java.util.LinkedHashMap;
import java.util.Map;
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

  /** The filing as the row keeps it; a repair filed on the earlier model shows its start variables instead. */
  @Override
  public Map<String, Object> application(String caseNo) {
    return repairs.facts(caseNo).filter(f -> f.subjectName() != null).map(f -> {
      Map<String, Object> application = new LinkedHashMap<>();
      application.put("subjectName", f.subjectName());
      application.put("subjectCode", f.repair().subjectCode());
      application.put("recordSummary", f.recordSummary());
      application.put("evidenceText", String.join("\n", f.repair().evidence()));
      return application;
    }).orElse(Map.<String, Object>of());
  }
}
