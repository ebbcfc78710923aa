package org.creditcommitment.commitment;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.LetterTemplate;
import org.creditcommitment.catalogue.ServiceItem;
import org.springframework.stereotype.Component;

/**
 * 生成信用承诺书: renders the item's letter for this applicant and keeps the exact text and its hash; the forms that
 * show it read it from there. The letter is also issued as a document to print for a handwritten signature at the
 * window (普政数局〔2022〕25号 （七）).
 */
@Component("prepareLetterDelegate")
class PrepareLetterDelegate implements JavaDelegate {

  private final Catalogue catalogue;
  private final Letters letters;
  private final Cases cases;
  private final CaseDocuments documents;

  PrepareLetterDelegate(Catalogue catalogue, Letters letters, Cases cases, CaseDocuments documents) {
    this.documents = documents;
    this.catalogue = catalogue;
    this.letters = letters;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = execution.getProcessBusinessKey();
    CaseRecord record = cases.require(caseNo);
    ServiceItem item = catalogue.find(record.itemCode()).orElseThrow();
    String text = LetterTemplate.render(new LetterTemplate.Letter(caseNo, item,
        catalogue.departmentName(item.department()), record.commitmentType(), record.applicantName(),
        record.applicantCode(), record.missingMaterials()));
    if (letters.letter(caseNo).isEmpty()) {
      letters.issue(caseNo, text);
      documents.commitmentLetter(caseNo);
    }
    recordEarlierModelResults(execution, caseNo);
  }

  /**
   * The earlier lifecycle model kept the decisions' results in the variables {@code eligibility} and
   * {@code benefits} instead of recording them when each decision ends; a case still running under it records them
   * here, so its record holds the same facts.
   */
  private void recordEarlierModelResults(DelegateExecution execution, String caseNo) {
    if (execution.getVariable("eligibility") instanceof Map<?, ?> eligibility) {
      cases.recordEligibility(caseNo, Boolean.TRUE.equals(eligibility.get("eligible")), (String) eligibility.get("reason"));
    }
    if (execution.getVariable("benefits") instanceof List<?> benefits) {
      cases.record(caseNo, Cases.Fact.BENEFITS, benefits.isEmpty() ? RecordBenefitsListener.NONE
          : String.join("、", benefits.stream().map(String::valueOf).toList()));
    }
  }
}
