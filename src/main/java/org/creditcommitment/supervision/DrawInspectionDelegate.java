package org.creditcommitment.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.catalogue.DepartmentGroups;
import org.springframework.stereotype.Component;

/**
 * 双随机抽取核查: draws whether this case is inspected and by whom; a tier's own period replaces the item's
 * inspection period.
 */
@Component("drawInspectionDelegate")
class DrawInspectionDelegate implements JavaDelegate {

  private final InspectionDraw draws;

  DrawInspectionDelegate(InspectionDraw draws) {
    this.draws = draws;
  }

  @Override
  public void execute(DelegateExecution execution) {
    InspectionDraw.Draw draw = draws.draw(execution.getProcessBusinessKey(), (String) execution.getVariable("grade"),
        DepartmentGroups.inspectors((String) execution.getVariable("department")),
        (String) execution.getVariable("acceptedBy"));
    execution.setVariable("inspectionSelected", draw.selected());
    execution.setVariable("assignedInspector", draw.inspector());
    if (draw.within() != null) {
      execution.setVariable("inspectionDeadlineSpec", draw.within());
    }
  }
}
