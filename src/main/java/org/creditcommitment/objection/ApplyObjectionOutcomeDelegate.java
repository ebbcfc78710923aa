package org.creditcommitment.objection;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.system.StepInputs;
import org.springframework.stereotype.Component;

/** 更新记录并推送信用平台: maps the answer's variables to {@link ObjectionOutcomes#apply} and routes on its outcome. */
@Component("applyObjectionOutcomeDelegate")
class ApplyObjectionOutcomeDelegate implements JavaDelegate {

  private final ObjectionOutcomes outcomes;

  ApplyObjectionOutcomeDelegate(ObjectionOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object start = execution.getVariable("recordPublicityStart");
    ObjectionAnswers.Answer answer = ObjectionAnswers.check(execution.getVariable("objectionDecision"),
        StepInputs.text(execution, "answerExplanation"),
        StepInputs.text(execution, "correctedBasis"),
        StepInputs.text(execution, "correctedSourceUnit"),
        StepInputs.text(execution, "correctedDomain"),
        StepInputs.text(execution, "correctedPublicityEnd"),
        start == null ? null : LocalDate.parse(start.toString()));
    ObjectionOutcomes.Outcome outcome = outcomes.apply((String) execution.getVariable("objectionNo"),
        ((Number) execution.getVariable("recordId")).longValue(), (String) execution.getVariable("subjectCode"),
        answer, String.valueOf(execution.getVariable("answeredBy")));
    execution.setVariable("objectionOutcome", outcome.outcome());
    execution.setVariable("objectionOutcomeLabel", outcome.label());
    execution.setVariable("punishedCaseFound", !outcome.punishedCases().isEmpty());
    execution.setVariable("punishedCaseNos", String.join("、", outcome.punishedCases()));
  }
}
