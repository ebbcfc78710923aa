package org.creditcommitment.catalogue;

import java.util.Arrays;
import java.util.Optional;

/**
 * 许可类别 of the national 行政许可 data item: the kinds of 中华人民共和国行政许可法 第十二条 (普通, 特许, 认可, 核准, 登记)
 * and 其他. The label is what the push carries.
 */
public enum LicenceCategory {
  GENERAL("普通"),
  FRANCHISE("特许"),
  RECOGNITION("认可"),
  APPROVAL("核准"),
  REGISTRATION("登记"),
  OTHER("其他");

  private final String label;

  LicenceCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Accepts the Chinese label an operator writes in the catalogue, or the constant name. */
  public static Optional<LicenceCategory> parse(String text) {
    return Arrays.stream(values()).filter(c -> c.label.equals(text) || c.name().equals(text)).findFirst();
  }
}
