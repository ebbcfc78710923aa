package org.creditcommitment.commitment;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.creditcommitment.system.StepInputs;
import org.springframework.stereotype.Component;

/**
 * On completing 拟定惩戒措施: the measures the approver proposes, the basis and the facts of the case (why rectification
 * was ordered, or the false commitment found) are recorded as the proposal the prior notice states (中华人民共和国行政处罚法
 * 第四十四条: 拟作出的行政处罚内容及事实、理由、依据). The measures are checked as the decision checks them.
 */
@Component("punishmentProposalListener")
class PunishmentProposalListener implements TaskListener {

  private final Cases cases;
  private final PriorNotices priorNotices;
  private final IdentityService identity;

  PunishmentProposalListener(Cases cases, PriorNotices priorNotices, IdentityService identity) {
    this.cases = cases;
    this.priorNotices = priorNotices;
    this.identity = identity;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNo = task.getExecution().getProcessBusinessKey();
    List<PunishmentMeasure> measures = PunishmentMeasuresListener.chosen(task, cases, caseNo);
    String basis = StepInputs.text(task, "punishmentBasis");
    if (basis == null) {
      throw new BadUserRequestException("须写明拟作出惩戒的依据 / state the basis of the proposed punishment");
    }
    String facts = cases.facts(caseNo).breachReason();
    priorNotices.propose(caseNo, measures, facts == null ? "违反信用承诺" : facts, basis,
        StepInputs.completedBy(identity, task));
  }
}
