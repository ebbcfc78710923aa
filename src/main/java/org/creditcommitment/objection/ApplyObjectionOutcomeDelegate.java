package org.creditcommitment.objection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 更新记录并推送信用平台: hands the answer recorded on the objection to {@link ObjectionOutcomes#apply} and routes on
 * its outcome: {@code punishedCaseFound} for the gateway, {@code objectionOutcome} as the process's end state.
 */
@Component("applyObjectionOutcomeDelegate")
class ApplyObjectionOutcomeDelegate implements JavaDelegate {

  private final ObjectionOutcomes outcomes;
  private final ObjectionContext context;

  ApplyObjectionOutcomeDelegate(ObjectionOutcomes outcomes, ObjectionContext context) {
    this.outcomes = outcomes;
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ObjectionFacts facts = context.of(execution, execution.getProcessBusinessKey());
    if (facts.answer() == null) {
      throw new IllegalStateException("Objection " + facts.objectionNo() + " reached its outcome unanswered");
    }
    Objection o = facts.objection();
    ObjectionOutcomes.Outcome outcome = outcomes.apply(o.objectionNo(), o.recordId(), o.subjectCode(), facts.answer(),
        ObjectionContext.answeredBy(execution, o));
    execution.setVariable("objectionOutcome", outcome.outcome());
    execution.setVariable("punishedCaseFound", !outcome.punishedCases().isEmpty());
  }
}
