package org.creditcommitment.repair;

/** How a credit-repair application ends (process variable {@code repairOutcome}); the names are a public contract. */
enum RepairOutcome {
  REPAIRED("准予信用修复"),
  REFUSED("不予信用修复"),
  INCOMPLETE("逾期未补正材料，不予信用修复");

  static final String VARIABLE = "repairOutcome";

  final String label;

  RepairOutcome(String label) {
    this.label = label;
  }
}
