package org.creditcommitment.voluntary;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 公示主动承诺: status PUBLISHED, published_at now, valid_until after the template's validity. */
@Component("publishVoluntaryCommitmentDelegate")
class PublishVoluntaryCommitmentDelegate implements JavaDelegate {

  private final VoluntarySteps steps;

  PublishVoluntaryCommitmentDelegate(VoluntarySteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.publish(execution.getProcessBusinessKey());
  }
}
