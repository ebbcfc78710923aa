package org.creditcommitment.commitment;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing 决定惩戒措施: refuses an empty or unknown choice before the task ends, and keeps the
 * measures as plain text (names and Chinese labels) for the later steps and the case history.
 */
@Component("punishmentMeasuresListener")
class PunishmentMeasuresListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    List<PunishmentMeasure> measures;
    try {
      measures = PunishmentMeasure.parse(task.getVariable("punishmentMeasures"));
    } catch (IllegalArgumentException e) {
      throw new BadUserRequestException("惩戒措施不在联合惩戒措施清单中 / unknown punishment measure: " + e.getMessage());
    }
    if (measures.isEmpty()) {
      throw new BadUserRequestException("须至少选择一项惩戒措施 / choose at least one punishment measure");
    }
    if (measures.contains(PunishmentMeasure.NO_COMMITMENT_MODE) && !(task.getVariable("barMonths") instanceof Number)) {
      task.setVariable("barMonths", 12);
    }
    task.setVariable("punishmentMeasureNames", String.join(",", measures.stream().map(Enum::name).toList()));
    task.setVariable("punishmentMeasuresText", String.join("；", measures.stream().map(PunishmentMeasure::label).toList()));
  }
}
