package org.creditcommitment.commitment;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.creditcommitment.system.StepInputs;
import org.springframework.stereotype.Component;

/**
 * The department head's decision on an extension of a decision period (decision-period-extension.bpmn, task
 * Task_ApproveExtension): recorded, and on approval applied, in the task's transaction ({@link DecisionPeriods}).
 */
@Component("decideExtensionListener")
class DecideExtensionListener implements TaskListener {

  static final String DECISION_FIELD = "extensionDecision";
  static final String OPINION_FIELD = "extensionOpinion";

  private final DecisionPeriods periods;
  private final IdentityService identity;

  DecideExtensionListener(DecisionPeriods periods, IdentityService identity) {
    this.periods = periods;
    this.identity = identity;
  }

  @Override
  public void notify(DelegateTask task) {
    periods.decideExtension(task.getProcessInstanceId(), "APPROVE".equals(task.getVariable(DECISION_FIELD)),
        StepInputs.text(task, OPINION_FIELD), String.valueOf(StepInputs.completedBy(identity, task)));
  }
}
