package org.creditcommitment.commitment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.camunda.spin.json.SpinJsonNode;

/**
 * The joint-punishment list (联合惩戒措施清单) an approver picks from (义政数〔2020〕17号 四(七),
 * 普政数局〔2022〕25号 三).
 */
public enum PunishmentMeasure {
  REVOKE_LICENCE("撤销行政许可（吊销证照）"),
  KEY_SUPERVISION("列为重点监管对象"),
  NO_COMMITMENT_MODE("一定期限内不适用信用承诺"),
  PUBLICITY("在信用平台向社会公示");

  private final String label;

  PunishmentMeasure(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * Reads the form's checklist value, which arrives as a JSON array (Tasklist), a Java list (engine API)
   * or a comma-separated string; an unknown measure is refused.
   */
  public static List<PunishmentMeasure> parse(Object value) {
    List<String> names = new ArrayList<>();
    if (value instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(e -> names.add(e.stringValue()));
    } else if (value instanceof Collection<?> list) {
      list.forEach(e -> names.add(String.valueOf(e)));
    } else if (value instanceof String text && !text.isBlank()) {
      for (String part : text.replaceAll("[\\[\\]\"]", "").split(",")) {
        names.add(part.strip());
      }
    }
    List<PunishmentMeasure> measures = new ArrayList<>();
    for (String name : names) {
      measures.add(PunishmentMeasure.valueOf(name));
    }
    return measures;
  }
}
