package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The final level (批准) of a leveled decision ({@link ApprovalPhase}), which decides: its opinion is required, it may
 * return the case to the level before, and its decision is recorded with the opinions on the decision's approval
 * sheet. A decision of one level, and one on a model from before its levels existed, is its deciders' alone: no
 * opinion, no return to a level, no sheet.
 */
@Component
class FinalLevel {

  /** The final level's step as one completion of it sees it. */
  record Step(ApprovalPhase phase, int levels, String group, String opinion) {

    boolean leveled() {
      return levels > 1;
    }
  }

  private final ApprovalLevels levels;
  private final ApprovalOpinions opinions;
  private final CaseReturnStep returns;
  private final CaseDocuments documents;

  FinalLevel(ApprovalLevels levels, ApprovalOpinions opinions, CaseReturnStep returns, CaseDocuments documents) {
    this.levels = levels;
    this.opinions = opinions;
    this.returns = returns;
    this.documents = documents;
  }

  /** The step being completed, its opinion (from the form field) checked first: nothing is written without it. */
  Step open(DelegateTask task, ApprovalPhase phase, String caseNo, String opinionField) {
    boolean leveledModel = task.getExecution().getBpmnModelInstance().getModelElementById(phase.reviewTask()) != null;
    int all = leveledModel ? levels.levels(caseNo) : 1;
    String opinion = all > 1 ? ReviewOutcome.requireOpinion(task, opinionField) : null;
    return new Step(phase, all, all > 1 ? levels.group(caseNo, all) : null, opinion);
  }

  /** 退回上一级: the reason goes to the level before, the opinion onto the record. */
  void returnToPreviousLevel(Step step, DelegateTask task, String caseNo, String user) {
    returns.record(task, caseNo, user, step.phase().finalReturnFlow(), step.phase().reviewTask());
    opinions.record(caseNo, step.phase(), step.levels(), step.levels(), step.group(), step.opinion(),
        ApprovalOpinions.Outcome.RETURN, user);
  }

  /** The decision taken: a leveled one records the final opinion and issues the approval sheet. */
  void decided(Step step, String caseNo, String user, String decisionLabel) {
    if (!step.leveled()) {
      return;
    }
    opinions.record(caseNo, step.phase(), step.levels(), step.levels(), step.group(), step.opinion(),
        ApprovalOpinions.Outcome.DECIDE, user);
    documents.approvalSheet(caseNo, step.phase(), decisionLabel, opinions.of(caseNo, step.phase()));
  }
}
