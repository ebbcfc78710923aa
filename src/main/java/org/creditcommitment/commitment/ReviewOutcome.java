package org.creditcommitment.commitment;

import static org.creditcommitment.system.StepInputs.text;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * 逐级审批 below the final level (承办, 审核): the level's opinion (审批意见, required) and whether it forwards the case to
 * the next level or returns it, the first level to the acceptance review, a later one to the level before (退回, with
 * the reason the receiving step shows). Checked whole before anything is written.
 */
@Component
class ReviewOutcome implements TaskOutcome {

  /** The task's id in the lifecycle model. */
  static final String TASK = "Task_ReviewDecision";

  private final ApprovalLevels levels;
  private final ApprovalOpinions opinions;
  private final CaseReturnStep returns;

  ReviewOutcome(ApprovalLevels levels, ApprovalOpinions opinions, CaseReturnStep returns) {
    this.levels = levels;
    this.opinions = opinions;
    this.returns = returns;
  }

  @Override
  public String taskKey() {
    return TASK;
  }

  @Override
  public void record(DelegateTask task, String caseNo, String user) {
    String opinion = requireOpinion(task, "approvalOpinion");
    int all = levels.levels(caseNo);
    int level = levels.current(caseNo);
    String group = levels.group(caseNo, level);
    if (CaseReturnStep.isReturn(task, "approvalChoice")) {
      if (level <= 1) {
        returns.record(task, caseNo, user, "Flow_ReviewReturnedToAcceptance", "Task_AcceptApplication");
      } else {
        returns.record(task, caseNo, user, "Flow_ReviewReturnedToPreviousLevel", TASK);
      }
      opinions.record(caseNo, level, all, group, opinion, ApprovalOpinions.Outcome.RETURN, user);
      return;
    }
    opinions.record(caseNo, level, all, group, opinion, ApprovalOpinions.Outcome.FORWARD, user);
  }

  /** Each level of a leveled decision gives its opinion; without it the step is refused and nothing is written. */
  static String requireOpinion(DelegateTask task, String field) {
    String opinion = text(task, field);
    if (opinion == null) {
      throw new BadUserRequestException("逐级审批的每一级均须填写审批意见 / each level of a leveled decision gives its"
          + " opinion (审批意见)");
    }
    return opinion;
  }
}
