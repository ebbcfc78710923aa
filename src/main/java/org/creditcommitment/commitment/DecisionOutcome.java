package org.creditcommitment.commitment;

import static org.creditcommitment.system.StepInputs.text;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * 作出决定: the decision and who made it, the reason of a refusal, or a false commitment found ({@link FalseCommitment});
 * or a return to the acceptance review with its reason. An item decided in levels ({@link ApprovalLevels}) decides
 * here at its final level (批准): its opinion is required and recorded, a return goes to the level before, and the
 * decision issues the 行政许可审批表 ({@link FinalLevel}).
 */
@Component
class DecisionOutcome implements TaskOutcome {

  private final Cases cases;
  private final CaseReturnStep returns;
  private final FinalLevel finalLevel;

  DecisionOutcome(Cases cases, CaseReturnStep returns, FinalLevel finalLevel) {
    this.cases = cases;
    this.returns = returns;
    this.finalLevel = finalLevel;
  }

  @Override
  public String taskKey() {
    return ApprovalPhase.DECISION.finalTask();
  }

  @Override
  public void record(DelegateTask task, String caseNo, String user) {
    FinalLevel.Step step = finalLevel.open(task, ApprovalPhase.DECISION, caseNo, "decisionOpinion");
    if (CaseReturnStep.isReturn(task, "decision")) {
      if (step.leveled()) {
        finalLevel.returnToPreviousLevel(step, task, caseNo, user);
      } else {
        returns.record(task, caseNo, user, "Flow_ReturnedToAcceptance", "Task_AcceptApplication");
      }
      return;
    }
    decide(task, caseNo, user);
    finalLevel.decided(step, caseNo, user, LABELS.getOrDefault(String.valueOf(task.getVariable("decision")), "不予许可"));
  }

  private static final java.util.Map<String, String> LABELS = java.util.Map.of("APPROVE", "准予许可", "DENY", "不予许可",
      FalseCommitment.DECISION, "不予许可（虚假承诺）");

  private void decide(DelegateTask task, String caseNo, String user) {
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
