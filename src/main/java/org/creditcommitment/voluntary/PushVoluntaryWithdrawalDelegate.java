package org.creditcommitment.voluntary;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 推送撤回记录 (asynchronous, retried): the platform learns that the subject withdrew it. */
@Component("pushVoluntaryWithdrawalDelegate")
class PushVoluntaryWithdrawalDelegate implements JavaDelegate {

  private final VoluntarySteps steps;

  PushVoluntaryWithdrawalDelegate(VoluntarySteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.pushEnd(execution.getProcessBusinessKey());
  }
}
