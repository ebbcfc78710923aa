package org.creditcommitment.credit;

/** 履行状态 of the national 信用承诺 items; the label is what the push carries. */
public enum FulfilmentStatus {
  /** 全部履行: kept at the first inspection. */
  FULL("全部履行"),
  /** 部分履行: kept only after a rectification. */
  PARTIAL("部分履行"),
  /** 全部未履行: not kept, or found false. */
  NONE("全部未履行");

  private final String label;

  FulfilmentStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
