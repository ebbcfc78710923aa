package org.creditcommitment.casehistory;

import java.util.Map;

/**
 * Chinese names of the deadline kinds the processes set (the {@code kind} field of their deadline listeners).
 * A kind a designer adds without a name here still reads as a deadline, with its technical name in brackets.
 */
final class DeadlineKinds {

  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("signing", "签署期限"),
      Map.entry("decision", "决定期限"),
      Map.entry("materials", "容缺材料补齐期限"),
      Map.entry("inspection", "履约核查期限"),
      Map.entry("rectification", "整改期限"),
      Map.entry("objectionAnswer", "异议答复期限"),
      Map.entry("repairReview", "修复初审期限"),
      Map.entry("supplement", "补正材料期限"),
      Map.entry("repairSupplement", "补正材料期限"),
      Map.entry("publication", "信息公示期限"),
      Map.entry("voluntaryReview", "主动承诺审查期限"),
      Map.entry("validity", "承诺有效期"));

  private DeadlineKinds() {}

  static String name(Object kind) {
    if (kind == null) {
      return "办理期限";
    }
    String name = NAMES.get(kind.toString());
    return name != null ? name : "办理期限（" + kind + "）";
  }

  static boolean known(String kind) {
    return NAMES.containsKey(kind);
  }
}
