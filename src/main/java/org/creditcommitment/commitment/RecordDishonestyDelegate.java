package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记入失信记录并公示 (asynchronous, retried): the case's punishment is recorded ({@link Punishments}). */
@Component("recordDishonestyDelegate")
class RecordDishonestyDelegate implements JavaDelegate {

  private final Punishments punishments;

  RecordDishonestyDelegate(Punishments punishments) {
    this.punishments = punishments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    punishments.recordDishonesty(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
        (String) execution.getVariable("departmentName"), (String) execution.getVariable("itemName"));
  }
}
