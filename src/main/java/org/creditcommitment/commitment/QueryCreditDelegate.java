package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * 信用查询 (义政数〔2020〕17号 四(一)): asks the credit platform for the applicant's profile and keeps the
 * answer as evidence, and verifies an applicant's name that was accepted unverified (the platform was away when
 * the application came). A platform failure propagates: the job is retried and then becomes an incident. The
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
    creditCheck.check(c).forEach((name, value) -> execution.setVariable(name, Variables.untypedValue(value, true)));
    // a name accepted unverified and now verified is kept in its registered spelling; cards and mails show it
    String verified = cases.require(c.caseNo()).applicantName();
    if (!verified.equals(c.applicantName())) {
      execution.setVariable("applicantName", verified);
    }
  }
}
