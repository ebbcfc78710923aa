package org.creditcommitment.commitment;

/** How a case ends (DESIGN.md); names are a public contract. */
public enum EndState {
  FULFILLED("已践诺"),
  FULFILLED_AFTER_RECTIFICATION("整改后践诺"),
  PUNISHED("已实施失信惩戒"),
  DENIED("不予许可"),
  WITHDRAWN("申请人撤回"),
  ABANDONED("逾期未签署，视为放弃"),
  STANDARD_REVIEW("转原审批程序办理");

  private final String label;

  EndState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
