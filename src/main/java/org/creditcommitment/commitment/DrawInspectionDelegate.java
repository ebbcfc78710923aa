package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.DepartmentGroups;
import org.creditcommitment.supervision.InspectionDraw;
import org.springframework.stereotype.Component;

/**
 * 双随机抽取核查: draws whether this case is inspected and by whom, and records the draw on the case; a tier's own
 * period applies where it is shorter than the item's inspection period, which the applicant's letter states
 * ({@link CasePeriods#inspectionWithin}). The process keeps only what routes it: whether the case was drawn and the
 * inspector the task goes to.
 */
@Component("drawInspectionDelegate")
class DrawInspectionDelegate implements JavaDelegate {

  private final InspectionDraw draws;
  private final Cases cases;
  private final Catalogue catalogue;
  private final CasePeriods periods;
  private final EarlierModelCases earlierModel;

  DrawInspectionDelegate(InspectionDraw draws, Cases cases, Catalogue catalogue, CasePeriods periods,
      EarlierModelCases earlierModel) {
    this.earlierModel = earlierModel;
    this.draws = draws;
    this.cases = cases;
    this.catalogue = catalogue;
    this.periods = periods;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = execution.getProcessBusinessKey();
    CaseRecord c = cases.require(caseNo);
    CaseFacts facts = cases.facts(caseNo);
    InspectionDraw.Draw draw = draws.draw(caseNo, c.applicantCode(), facts.grade(),
        DepartmentGroups.inspectors(c.department()), facts.acceptedBy());
    cases.record(caseNo, Cases.Fact.INSPECTION_SELECTED, draw.selected());
    cases.record(caseNo, Cases.Fact.INSPECTOR, draw.inspector());
    String within = draw.within() == null ? null
        : periods.inspectionWithin(draw.within(), catalogue.find(c.itemCode()).orElseThrow().periods().inspection());
    cases.record(caseNo, Cases.Fact.INSPECTION_PERIOD, within);
    execution.setVariable("inspectionSelected", draw.selected());
    execution.setVariable("assignedInspector", draw.inspector());
    earlierModel.keepInspectionPeriod(execution, within);
  }
}
