package org.creditcommitment.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** The five commitment categories of 普宁市“信用+政务服务”工作方案（普政数局〔2022〕25号）, plus 其他. */
public enum CommitmentCategory {
  APPROVAL_SUBSTITUTE("审批替代型"),
  CERTIFICATION("证明事项型"),
  CREDIT_REPAIR("信用修复型"),
  INDUSTRY_SELF_DISCIPLINE("行业自律型"),
  VOLUNTARY("主动型"),
  OTHER("其他");

  private final String label;

  CommitmentCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Accepts the Chinese label an operator writes in the catalogue, or the constant name. */
  public static Optional<CommitmentCategory> parse(String text) {
    return Arrays.stream(values()).filter(c -> c.label.equals(text) || c.name().equals(text)).findFirst();
  }
}
