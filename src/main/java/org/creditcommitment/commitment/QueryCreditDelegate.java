package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 信用查询 (义政数〔2020〕17号 四(一)): asks the credit platform for the applicant's profile and keeps the
 * answer as evidence. A platform failure propagates: the job is retried and then becomes an incident.
 */
@Component("queryCreditDelegate")
class QueryCreditDelegate implements JavaDelegate {

  private final CreditCheck creditCheck;

  QueryCreditDelegate(CreditCheck creditCheck) {
    this.creditCheck = creditCheck;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariables(creditCheck.check(execution.getProcessBusinessKey(),
        (String) execution.getVariable("applicantCode"), (String) execution.getVariable("itemCode"),
        (String) execution.getVariable("commitmentType")));
  }
}
