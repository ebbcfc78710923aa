package org.creditcommitment.objection;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.creditcommitment.security.Groups;
import org.springframework.stereotype.Component;

/**
 * Who verifies an objection: the unit that supplied the record (汕府办函〔2021〕17号 (二十三): 信息提供和采集单位对异议信息
 * 应尽快核实处理), through the group cc.objection.provider-groups names for it. A unit without one must not leave the
 * objection with nobody, nor with every provider: the credit office answers it, and the form and the timeline say
 * why.
 */
@Component("objectionRouting")
public class ObjectionRouting {

  private final Map<String, String> groups;
  private final Objections objections;

  ObjectionRouting(ObjectionProperties properties, Objections objections) {
    this.groups = properties.providerGroups() == null ? Map.of() : Map.copyOf(properties.providerGroups());
    this.objections = objections;
  }

  /** Where an objection to a record of this unit goes. */
  record Route(String sourceUnit, String group, boolean fallback) {

    /** One line for the form and the timeline, in Chinese. */
    String description() {
      return fallback
          ? "信用办（信息提供单位「" + sourceUnit + "」未配置核实答复组，由信用办核实答复）"
          : "信息提供单位「" + sourceUnit + "」（" + group + "）";
    }

    /** What the timeline line of the filing shows. */
    Map<String, Object> details() {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("sourceUnit", sourceUnit);
      details.put("answerGroup", group);
      details.put("answerUnit", description());
      return details;
    }
  }

  Route route(String sourceUnit) {
    String unit = sourceUnit == null ? "" : sourceUnit.strip();
    String group = groups.get(unit);
    return group == null || group.isBlank() ? new Route(unit, Groups.CREDIT_OFFICE, true)
        : new Route(unit, group.strip(), false);
  }

  /**
   * The group configured for the unit that supplied a record, if any: who speaks for the unit, e.g. when it corrects a
   * record it supplied (2023年汕尾市社会信用体系建设工作要点（征求意见稿） 一（二）).
   */
  public Optional<String> unitGroup(String sourceUnit) {
    Route route = route(sourceUnit);
    return route.fallback() ? Optional.empty() : Optional.of(route.group());
  }

  /** The configured units' groups, which must exist before a task is offered to them. */
  Map<String, String> configured() {
    return groups;
  }

  /**
   * The answer task's candidate group (the model's expression), as decided when the objection was filed; an objection
   * without one (filed before it was decided) goes to the providers, as it did then.
   */
  public String answerGroup(DelegateExecution execution) {
    return answerGroup(execution.getProcessBusinessKey());
  }

  String answerGroup(String objectionNo) {
    return objections.answerGroup(objectionNo).orElse(Groups.PROVIDER);
  }
}
