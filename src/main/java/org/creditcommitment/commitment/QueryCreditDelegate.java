package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * 信用查询 (义政数〔2020〕17号 四(一)): asks the credit platform for the applicant's profile and keeps the
 * answer as evidence. A platform failure propagates: the job is retried and then becomes an incident. The
 * decisions' inputs are transient: the eligibility and benefits decisions that follow in the same transaction
 * read them, the engine's decision history keeps them, and the case record keeps the findings.
 */
@Component("queryCreditDelegate")
class QueryCreditDelegate implements JavaDelegate {

  private final CreditCheck creditCheck;
  private final Cases cases;

  QueryCreditDelegate(CreditCheck creditCheck, Cases cases) {
    this.creditCheck = creditCheck;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseRecord c = cases.require(execution.getProcessBusinessKey());
    creditCheck.check(c.caseNo(), c.applicantCode(), c.itemCode(), c.commitmentType().name())
        .forEach((name, value) -> execution.setVariable(name, Variables.untypedValue(value, true)));
  }
}
