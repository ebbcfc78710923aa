package org.creditcommitment.commitment;

import static org.creditcommitment.system.StepInputs.text;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** 受理: who accepted the case and its 受理 notice, or the reason of a 不予受理 and its notice. */
@Component
class AcceptanceOutcome implements TaskOutcome {

  private final Cases cases;
  private final CasePeriods periods;
  private final CaseDocuments documents;
  private final CaseMail mail;

  AcceptanceOutcome(Cases cases, CasePeriods periods, CaseDocuments documents, CaseMail mail) {
    this.cases = cases;
    this.periods = periods;
    this.documents = documents;
    this.mail = mail;
  }

  @Override
  public String taskKey() {
    return "Task_AcceptApplication";
  }

  @Override
  public void record(DelegateTask task, String caseNo, String user) {
    cases.recordAcceptance(caseNo, user);
    if ("REJECT".equals(task.getVariable("acceptanceDecision"))) {
      String reason = text(task, "rejectionReason");
      cases.record(caseNo, Cases.Fact.DENIAL_REASON, reason);
      documents.nonAcceptance(caseNo, reason == null ? CaseDocuments.NOT_ACCEPTABLE : reason);
    } else {
      documents.acceptance(caseNo, mail.dueDateFromNow(periods.of(task.getExecution(), "decision")),
          mail.dueDateFromNow(periods.of(task.getExecution(), "materials")));
    }
  }
}
