package org.creditcommitment.repair;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.creditcommitment.system.StepInputs;
import org.springframework.stereotype.Component;

/**
 * What a step of credit-repair knows about its application: the facts on its row ({@link Repairs#facts}). The
 * process's business key is the repair number.
 *
 * <p>The one place for repairs filed on the earlier model (the process version that copied the filing into variables,
 * before migration V136): their rows lack the snapshot and what was decided before the upgrade, which their variables
 * carry. This fallback can go once no credit-repair instance of a version without {@code formValues = routedOnly} runs
 * (Cockpit: the process's versions and their running instances).
 */
@Component
class RepairContext {

  private final Repairs repairs;

  RepairContext(Repairs repairs) {
    this.repairs = repairs;
  }

  RepairFacts of(VariableScope scope, String repairNo) {
    RepairFacts f = repairs.facts(repairNo).orElseThrow(() -> new IllegalStateException(
        "The repair " + repairNo + " of a credit-repair process has no row"));
    if (f.subjectName() != null) {
      return f;
    }
    // filed on the earlier model: the filing's context and the officials' inputs are variables
    return new RepairFacts(f.repair(), or(f.subjectName(), scope, "subjectName"),
        or(f.subjectEmail(), scope, "subjectEmail"), or(f.recordSummary(), scope, "recordSummary"),
        or(f.reviewResult(), scope, "reviewResult"), or(f.missingItems(), scope, "missingItems"),
        or(f.reviewOpinion(), scope, "reviewOpinion"), or(f.supplementNote(), scope, "supplementNote"),
        or(f.repairDecision(), scope, "repairDecision"), or(f.verificationOpinion(), scope, "verificationOpinion"));
  }

  /** What the subject is told: the row's; an earlier-model repair decided before this version kept it as a variable. */
  static String explanation(VariableScope scope, Repair repair) {
    return repair.explanation() != null ? repair.explanation() : StepInputs.text(scope, "repairExplanation");
  }

  /** The supplement period: an earlier-model repair was started with its own. */
  static String supplementPeriod(VariableScope scope, RepairProperties properties) {
    Object spec = scope.getVariable("supplementDeadlineSpec");
    return spec != null ? spec.toString() : properties.supplementPeriod();
  }

  private static String or(String fromRow, VariableScope scope, String name) {
    return fromRow != null ? fromRow : StepInputs.text(scope, name);
  }
}
