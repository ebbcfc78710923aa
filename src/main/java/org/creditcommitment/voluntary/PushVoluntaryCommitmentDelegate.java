package org.creditcommitment.voluntary;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 推送信用平台 (asynchronous, retried): the published commitment goes to the credit platform once. */
@Component("pushVoluntaryCommitmentDelegate")
class PushVoluntaryCommitmentDelegate implements JavaDelegate {

  private final VoluntarySteps steps;

  PushVoluntaryCommitmentDelegate(VoluntarySteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.pushPublished(execution.getProcessBusinessKey());
  }
}
