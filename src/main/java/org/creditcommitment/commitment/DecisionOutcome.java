package org.creditcommitment.commitment;

import static org.creditcommitment.system.StepInputs.text;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * 作出决定: the decision and who made it, the reason of a refusal, or a false commitment found ({@link FalseCommitment});
 * or a return to the acceptance review with its reason.
 */
@Component
class DecisionOutcome implements TaskOutcome {

  private final Cases cases;
  private final CaseReturnStep returns;

  DecisionOutcome(Cases cases, CaseReturnStep returns) {
    this.cases = cases;
    this.returns = returns;
  }

  @Override
  public String taskKey() {
    return "Task_MakeDecision";
  }

  @Override
  public void record(DelegateTask task, String caseNo, String user) {
    if (CaseReturnStep.isReturn(task, "decision")) {
      returns.record(task, caseNo, user, "Flow_ReturnedToAcceptance", "Task_AcceptApplication");
      return;
    }
    Object decision = task.getVariable("decision");
    if (FalseCommitment.DECISION.equals(decision)) {
      // checked first: nothing is written for a submission the case cannot take
      String findings = FalseCommitment.findings(task, FalseCommitment.DECISION_PATH,
          text(task, FalseCommitment.DECISION_FINDINGS));
      cases.recordDecision(caseNo, FalseCommitment.DECISION, user);
      cases.record(caseNo, Cases.Fact.DENIAL_REASON, FalseCommitment.denialReason(findings));
      cases.record(caseNo, Cases.Fact.FALSE_COMMITMENT_REASON, FalseCommitment.foundBeforeDecision(findings));
      return;
    }
    cases.recordDecision(caseNo, String.valueOf(decision), user);
    if (!"APPROVE".equals(decision)) {
      cases.record(caseNo, Cases.Fact.DENIAL_REASON, text(task, "denialReason"));
    }
  }
}
