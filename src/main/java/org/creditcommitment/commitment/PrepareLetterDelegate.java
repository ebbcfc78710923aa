package org.creditcommitment.commitment;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.catalogue.LetterTemplate;
import org.creditcommitment.catalogue.ServiceItem;
import org.springframework.stereotype.Component;

/** 生成信用承诺书: renders the item's letter for this applicant and keeps the exact text and its hash. */
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
    Letters.StoredLetter letter = letters.issue(caseNo, text);
    @SuppressWarnings("unchecked")
    Map<String, Object> eligibility = (Map<String, Object>) execution.getVariable("eligibility");
    cases.recordEligibility(caseNo, true, (String) eligibility.get("reason"));
    execution.setVariable("letterText", letter.text());
    execution.setVariable("letterSha256", letter.sha256());
    execution.setVariable("eligibilityReason", eligibility.get("reason"));
    @SuppressWarnings("unchecked")
    List<Object> benefits = (List<Object>) execution.getVariable("benefits");
    execution.setVariable("benefitsText", benefits == null || benefits.isEmpty() ? "无"
        : String.join("、", benefits.stream().map(String::valueOf).toList()));
    execution.setVariable("signingPeriodText", LetterTemplate.periodText((String) execution.getVariable("signingDeadlineSpec")));
    if (record.commitmentType() == CommitmentType.TOLERATE_MISSING) {
      execution.setVariable("materialsPeriodText", LetterTemplate.periodText(item.periods().materials()));
    }
  }
}
