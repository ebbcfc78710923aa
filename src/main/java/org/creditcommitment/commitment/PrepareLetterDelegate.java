package org.creditcommitment.commitment;

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
  private final EarlierModelCases earlierModel;

  PrepareLetterDelegate(Catalogue catalogue, Letters letters, Cases cases, CaseDocuments documents,
      EarlierModelCases earlierModel) {
    this.earlierModel = earlierModel;
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
    earlierModel.recordDecisionResults(execution, caseNo);
  }
}
