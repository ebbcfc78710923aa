package org.creditcommitment.correction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.creditcommitment.casehistory.CaseSource;
import org.creditcommitment.evidence.EvidenceFiles;
import org.springframework.stereotype.Component;

/** Corrections in the case history, by their number: who asked, for which record, why and with what evidence. */
@Component
class CorrectionCaseSource implements CaseSource {

  private final Corrections corrections;
  private final EvidenceFiles evidenceFiles;

  CorrectionCaseSource(Corrections corrections, EvidenceFiles evidenceFiles) {
    this.corrections = corrections;
    this.evidenceFiles = evidenceFiles;
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
      List<String> evidence = new ArrayList<>(c.evidence());
      evidenceFiles.of(CorrectionEvidenceReaders.OWNER_KIND, caseNo).forEach(f -> evidence.add(f.fileName()
          + "（SHA-256 " + f.sha256() + "）"));
      application.put("evidenceText", evidence.isEmpty() ? "无" : String.join("\n", evidence));
      return application;
    }).orElse(Map.<String, Object>of());
  }
}
