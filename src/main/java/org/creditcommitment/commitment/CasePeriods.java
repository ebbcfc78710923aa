package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.ServiceItem;
import org.springframework.stereotype.Component;

/**
 * The period of each deadline of a case, for the deadline listeners of the lifecycle model
 * ({@code ${casePeriods.of(execution, 'decision')}}) and the forms and letters that state it: the item's period
 * from the catalogue, unless the case's own record says otherwise (a red-listed applicant's shorter decision period,
 * the inspection period of the tier the case was drawn in).
 */
@Component("casePeriods")
public class CasePeriods {

  private final Cases cases;
  private final Catalogue catalogue;

  CasePeriods(Cases cases, Catalogue catalogue) {
    this.cases = cases;
    this.catalogue = catalogue;
  }

  /** The period (e.g. 5WD, P3M) of the deadline of this kind in the case the execution belongs to. */
  public String of(DelegateExecution execution, String kind) {
    return of(execution.getProcessBusinessKey(), kind);
  }

  String of(String caseNo, String kind) {
    CaseRecord c = cases.require(caseNo);
    ServiceItem.Periods item = catalogue.find(c.itemCode()).orElseThrow().periods();
    return switch (kind) {
      case "signing" -> item.signing();
      case "decision" -> orElse(cases.facts(caseNo).decisionPeriod(), item.decision());
      case "materials" -> item.materials() == null ? item.rectification() : item.materials();
      case "inspection" -> orElse(cases.facts(caseNo).inspectionPeriod(), item.inspection());
      case "rectification" -> item.rectification();
      default -> throw new IllegalArgumentException("No deadline of kind " + kind + " in a commitment case");
    };
  }

  private static String orElse(String own, String item) {
    return own != null ? own : item;
  }
}
