package org.creditcommitment.objection;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.creditcommitment.system.StepInputs;
import org.springframework.stereotype.Component;

/**
 * What a step of credit-objection knows about its objection: the facts on its row ({@link Objections#facts}). The
 * process's business key is the objection number.
 *
 * <p>The one place for objections filed on the earlier model (the process version that copied the filing into
 * variables, before migration V135): their rows lack the snapshot and the answer, which their variables carry. This
 * fallback can go once no credit-objection instance of a version without {@code formValues = routedOnly} runs
 * (Cockpit: the process's versions and their running instances).
 */
@Component
class ObjectionContext {

  private final Objections objections;

  ObjectionContext(Objections objections) {
    this.objections = objections;
  }

  ObjectionFacts of(VariableScope scope, String objectionNo) {
    ObjectionFacts f = objections.facts(objectionNo).orElseThrow(() -> new IllegalStateException(
        "The objection " + objectionNo + " of a credit-objection process has no row"));
    if (f.subjectName() != null && (f.answer() != null || !scope.hasVariable("objectionDecision"))) {
      return f;
    }
    // filed on the earlier model: the filing's context, and perhaps its answer, are variables
    return new ObjectionFacts(f.objection(), or(f.subjectName(), scope, "subjectName"),
        or(f.subjectEmail(), scope, "subjectEmail"), or(f.recordSummary(), scope, "recordSummary"),
        or(f.recordSourceUnit(), scope, "recordSourceUnit"), or(f.recordBasis(), scope, "recordBasis"),
        or(f.recordDomain(), scope, "recordDomain"),
        f.recordPublicityStart() != null ? f.recordPublicityStart() : date(scope, "recordPublicityStart"),
        f.recordPublicityEnd() != null ? f.recordPublicityEnd() : date(scope, "recordPublicityEnd"),
        f.answer() != null ? f.answer() : answerOf(scope, f), f.punishmentReviewResult() != null
            ? f.punishmentReviewResult() : StepInputs.text(scope, "punishmentReviewResult"),
        or(f.punishmentReviewNote(), scope, "punishmentReviewNote"));
  }

  /** The answer an earlier-model objection was given before this version: its variables, checked again. */
  private static ObjectionAnswers.Answer answerOf(VariableScope scope, ObjectionFacts f) {
    if (!scope.hasVariable("objectionDecision")) {
      return null;
    }
    return ObjectionAnswers.check(scope.getVariable("objectionDecision"), StepInputs.text(scope, "answerExplanation"),
        StepInputs.text(scope, "correctedBasis"), StepInputs.text(scope, "correctedSourceUnit"),
        StepInputs.text(scope, "correctedDomain"), StepInputs.text(scope, "correctedPublicityEnd"),
        f.recordPublicityStart() != null ? f.recordPublicityStart() : date(scope, "recordPublicityStart"));
  }

  /** Who answered an earlier-model objection before this version, as its answer listener noted it. */
  static String answeredBy(VariableScope scope, Objection objection) {
    return objection.answeredBy() != null ? objection.answeredBy() : String.valueOf(scope.getVariable("answeredBy"));
  }

  /** The answer period: an earlier-model objection was started with its own. */
  static String answerPeriod(VariableScope scope, ObjectionProperties properties) {
    Object spec = scope.getVariable("answerDeadlineSpec");
    return spec != null ? spec.toString() : properties.answerPeriod();
  }

  private static String or(String fromRow, VariableScope scope, String name) {
    if (fromRow != null) {
      return fromRow;
    }
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  private static LocalDate date(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : LocalDate.parse(value.toString());
  }
}
