package org.creditcommitment.casehistory;

import java.util.Map;

/**
 * Chinese names of the deadline kinds the processes set (the {@code kind} field of their deadline listeners).
 * A kind a designer adds without a name here still reads as a deadline, with its technical name in brackets.
 */
final class DeadlineKinds {

  private static final Map<String, String> NAMES = Map.of(
      "signing", "签署期限",
      "decision", "决定期限",
      "materials", "容缺材料补齐期限",
      "inspection", "履约核查期限",
      "rectification", "整改期限",
      "objectionAnswer", "异议答复期限",
      "repairReview", "修复初审期限",
      "supplement", "补正材料期限",
      "repairSupplement", "补正材料期限");

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
