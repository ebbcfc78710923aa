package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.LetterTemplate;
import org.creditcommitment.catalogue.ServiceItem;
import org.springframework.stereotype.Component;

/**
 * 生成信用承诺书: renders the item's letter for this applicant and keeps the exact text and its hash; the forms that
 * show it read it from there.
 */
@Component("prepareLetterDelegate")
class PrepareLetterDelegate implements JavaDelegate {

  private final Catalogue catalogue;
  private final Letters letters;
  private final Cases cases;

  PrepareLetterDelegate(Catalogue catalogue, Letters letters, Cases cases) {
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
    letters.issue(caseNo, text);
  }
}
