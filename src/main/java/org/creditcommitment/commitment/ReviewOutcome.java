package org.creditcommitment.commitment;

import static org.creditcommitment.system.StepInputs.text;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 逐级审批 below the final level (承办, 审核) of one decision ({@link ApprovalPhase}): the level's opinion (审批意见,
 * required) and whether it forwards the case to the next level or returns it, a later level to the level before, the
 * first to the step before the levels where the decision has one (退回, with the reason the receiving step shows).
 * Checked whole before anything is written.
 */
class ReviewOutcome implements TaskOutcome {

  /** The licence decision's review step in the lifecycle model. */
  static final String TASK = "Task_ReviewDecision";

  /** One review step for each leveled decision of the lifecycle. */
  @Configuration
  static class Steps {

    @Bean
    TaskOutcome decisionReviewOutcome(ApprovalLevels levels, ApprovalOpinions opinions, CaseReturnStep returns) {
      return new ReviewOutcome(ApprovalPhase.DECISION, levels, opinions, returns);
    }

    @Bean
    TaskOutcome punishmentReviewOutcome(ApprovalLevels levels, ApprovalOpinions opinions, CaseReturnStep returns) {
      return new ReviewOutcome(ApprovalPhase.PUNISHMENT, levels, opinions, returns);
    }
  }

  private final ApprovalPhase phase;
  private final ApprovalLevels levels;
  private final ApprovalOpinions opinions;
  private final CaseReturnStep returns;

  ReviewOutcome(ApprovalPhase phase, ApprovalLevels levels, ApprovalOpinions opinions, CaseReturnStep returns) {
    this.phase = phase;
    this.levels = levels;
    this.opinions = opinions;
    this.returns = returns;
  }

  @Override
  public String taskKey() {
    return phase.reviewTask();
  }

  @Override
  public void record(DelegateTask task, String caseNo, String user) {
    String opinion = requireOpinion(task, "approvalOpinion");
    int all = levels.levels(caseNo);
    int level = levels.current(caseNo, phase);
    String group = levels.group(caseNo, level);
    if (CaseReturnStep.isReturn(task, "approvalChoice")) {
      if (level > 1) {
        returns.record(task, caseNo, user, phase.reviewReturnFlow(), phase.reviewTask());
      } else if (phase.firstLevelReturnFlow() != null) {
        returns.record(task, caseNo, user, phase.firstLevelReturnFlow(), phase.firstLevelReturnStep());
      } else {
        throw new BadUserRequestException("承办环节没有可退回的上一级；拟定的惩戒措施已告知当事人，须变更的，请在审批意见中写明，"
            + "由批准环节决定 / the first level of a " + phase.name().toLowerCase() + " decision has no earlier step"
            + " to return to");
      }
      opinions.record(caseNo, phase, level, all, group, opinion, ApprovalOpinions.Outcome.RETURN, user);
      return;
    }
    opinions.record(caseNo, phase, level, all, group, opinion, ApprovalOpinions.Outcome.FORWARD, user);
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
