package org.creditcommitment.voluntary;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 推送撤销记录 (asynchronous, retried): the platform learns that it was revoked, and why. */
@Component("pushVoluntaryRevocationDelegate")
class PushVoluntaryRevocationDelegate implements JavaDelegate {

  private final VoluntarySteps steps;

  PushVoluntaryRevocationDelegate(VoluntarySteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.pushEnd(execution.getProcessBusinessKey());
  }
}
