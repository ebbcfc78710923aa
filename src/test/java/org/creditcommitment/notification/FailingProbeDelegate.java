package org.creditcommitment.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** A process step that fails after an earlier step of the same transaction queued a mail. */
public class FailingProbeDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    throw new IllegalStateException("the step after queueing fails");
  }
}
