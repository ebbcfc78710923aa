package org.creditcommitment.objection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Called by the end events of credit-objection ({@code ${objectionEnd.record(execution)}}): the objection
 * is closed, so the record may be objected to or repaired again.
 */
@Component("objectionEnd")
public class ObjectionEnd {

  private final Objections objections;

  ObjectionEnd(Objections objections) {
    this.objections = objections;
  }

  public void record(DelegateExecution execution) {
    objections.end((String) execution.getVariable("objectionNo"));
  }
}
